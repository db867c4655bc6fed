package uk.gov.council.socialgov.investigations;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One report of a suspected breach and everything its steps have recorded. */
record BreachCase(UUID id, String reference, SubjectKind subjectKind, String subject, @Nullable String lineManager,
                  List<String> clauses, String description, List<String> postLinks, String reportedBy, Instant reportedAt,
                  BreachStatus status, @Nullable String route, @Nullable String routeReason, @Nullable String investigator,
                  @Nullable LocalDate investigationDue, @Nullable String findings, @Nullable String independentPersonView,
                  @Nullable LocalDate hearingDate, @Nullable String hearingDecision, @Nullable String sanction,
                  @Nullable BreachOutcome outcome, @Nullable String outcomeDetail, @Nullable String disciplinaryReference,
                  @Nullable String crimeReference, @Nullable Instant closedAt, @Nullable String processInstanceId) {

    boolean open() {
        return status != BreachStatus.CLOSED;
    }

    /** The people a case is by or about: they never see its content or work its tasks. */
    boolean involves(String username) {
        return subject.equals(username) || reportedBy.equals(username);
    }
}
