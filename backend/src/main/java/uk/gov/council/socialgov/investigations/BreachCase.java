package uk.gov.council.socialgov.investigations;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * One report of a suspected breach and everything its steps have recorded, in the parts the steps
 * fill in: what was reported, how it was routed, the findings and hearing, and how it closed.
 */
record BreachCase(UUID id, String reference, Reported reported, BreachStatus status, Routing routing, Hearing hearing,
                  Closure closure, @Nullable String processInstanceId) {

    /** What the reporter gave: whom it is about (and their line manager, for an employee), the policy's parts, the posts. */
    record Reported(SubjectKind subjectKind, String subject, @Nullable String lineManager, List<String> clauses, String description,
                    List<String> postLinks, String reportedBy, Instant reportedAt) {
    }

    /** Triage or the initial assessment's route and why; the investigator appointed and when they must report. */
    record Routing(@Nullable String route, @Nullable String routeReason, @Nullable String investigator,
                   @Nullable LocalDate investigationDue) {
        static final Routing NONE = new Routing(null, null, null, null);
    }

    /** The investigation's findings, the Independent Person's view, and the standards hearing. */
    record Hearing(@Nullable String findings, @Nullable String independentPersonView, @Nullable LocalDate hearingDate,
                   @Nullable String hearingDecision, @Nullable String sanction) {
        static final Hearing NONE = new Hearing(null, null, null, null, null);
    }

    /** How the case ended: the outcome the retention table reads, its detail and references. */
    record Closure(@Nullable BreachOutcome outcome, @Nullable String outcomeDetail, @Nullable String disciplinaryReference,
                   @Nullable String crimeReference, @Nullable Instant closedAt) {
        static final Closure NONE = new Closure(null, null, null, null, null);
    }

    /** A case just reported: nothing routed, heard or closed yet. */
    static BreachCase reported(UUID id, String reference, Reported reported) {
        return new BreachCase(id, reference, reported, BreachStatus.REPORTED, Routing.NONE, Hearing.NONE, Closure.NONE, null);
    }

    boolean open() {
        return status != BreachStatus.CLOSED;
    }

    /** The people a case is by or about: they never see its content or work its tasks. */
    boolean involves(String username) {
        return reported.subject().equals(username) || reported.reportedBy().equals(username);
    }
}
