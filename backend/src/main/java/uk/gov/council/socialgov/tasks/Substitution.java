package uk.gov.council.socialgov.tasks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** While {@code absent} is away (from and to inclusive, UK dates), {@code substitute} works their tasks. */
record Substitution(UUID id, String absent, String substitute, LocalDate fromDate, LocalDate toDate, Instant createdAt) {

    boolean coversOn(LocalDate day) {
        return !day.isBefore(fromDate) && !day.isAfter(toDate);
    }
}
