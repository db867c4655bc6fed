package uk.gov.council.socialgov.tasks;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** While {@code absent} is away (from and to inclusive, UK dates), {@code substitute} works their tasks. */
@MappedEntity("substitution")
record Substitution(@Id UUID id, String absent, String substitute, LocalDate fromDate, LocalDate toDate, Instant createdAt) {

    boolean coversOn(LocalDate day) {
        return !day.isBefore(fromDate) && !day.isAfter(toDate);
    }
}
