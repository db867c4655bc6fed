package uk.gov.council.socialgov.investigations;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.council.socialgov.retention.Retention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** How a breach case is shown: in full to those who deal with it, as a status only to the person who reported it. */
final class InvestigationView {

    private InvestigationView() {
    }

    @Serdeable
    record Report(UUID id, String reference, SubjectKind subjectKind, BreachStatus status, String statusLabel, Instant reportedAt) {

        static Report of(BreachCase found) {
            return new Report(found.id(), found.reference(), found.reported().subjectKind(), found.status(), found.status().label(),
                    found.reported().reportedAt());
        }
    }

    @Serdeable
    record Summary(UUID id, String reference, SubjectKind subjectKind, @Nullable String subjectName, BreachStatus status,
                   String statusLabel, Instant reportedAt, @Nullable String investigatorName, @Nullable LocalDate investigationDue) {
    }

    @Serdeable
    record Note(UUID id, String kind, String kindLabel, String text, String writtenBy, @Nullable String writtenByName, Instant writtenAt) {
    }

    /** A case in full, in parts: whom it is about, what was reported, its routing, findings and outcome, and its retention. */
    @Serdeable
    record Details(UUID id, String reference, @JsonUnwrapped About about, @JsonUnwrapped Reported reported, BreachStatus status,
                   String statusLabel, @JsonUnwrapped Routing routing, @JsonUnwrapped Findings findings, @JsonUnwrapped Outcome outcome,
                   @JsonUnwrapped Retention.OnCase kept, List<Note> notes, boolean mayAddNotes) {
    }

    @Serdeable
    record About(SubjectKind subjectKind, String subjectKindLabel, String subject, @Nullable String subjectName,
                 @Nullable String lineManager, @Nullable String lineManagerName) {

        static About of(BreachCase.Reported reported, Map<String, String> names) {
            return new About(reported.subjectKind(), reported.subjectKind().label(), reported.subject(), names.get(reported.subject()),
                    reported.lineManager(), nameOf(reported.lineManager(), names));
        }
    }

    @Serdeable
    record Reported(List<BreachClauses.Clause> clauses, String description, List<String> postLinks, String reportedBy,
                    @Nullable String reportedByName, Instant reportedAt) {

        static Reported of(BreachCase.Reported reported, Map<String, String> names) {
            return new Reported(reported.clauses().stream().map(BreachClauses::find).flatMap(Optional::stream).toList(),
                    reported.description(), reported.postLinks(), reported.reportedBy(), names.get(reported.reportedBy()),
                    reported.reportedAt());
        }
    }

    @Serdeable
    record Routing(@Nullable String route, @Nullable String routeLabel, @Nullable String routeReason, @Nullable String investigator,
                   @Nullable String investigatorName, @Nullable LocalDate investigationDue) {

        static Routing of(BreachCase.Routing routing, Map<String, String> names) {
            return new Routing(routing.route(), InvestigationView.routeLabel(routing.route()), routing.routeReason(), routing.investigator(),
                    nameOf(routing.investigator(), names), routing.investigationDue());
        }
    }

    @Serdeable
    record Findings(@Nullable String findings, @Nullable String independentPersonView, @Nullable LocalDate hearingDate,
                    @Nullable String hearingDecision, @Nullable String sanction) {

        static Findings of(BreachCase.Hearing hearing) {
            return new Findings(hearing.findings(), hearing.independentPersonView(), hearing.hearingDate(), hearing.hearingDecision(),
                    hearing.sanction());
        }
    }

    @Serdeable
    record Outcome(@Nullable BreachOutcome outcome, @Nullable String outcomeLabel, @Nullable String outcomeDetail,
                   @Nullable String disciplinaryReference, @Nullable String crimeReference, @Nullable Instant closedAt) {

        static Outcome of(BreachCase.Closure closure) {
            return new Outcome(closure.outcome(), closure.outcome() == null ? null : closure.outcome().label(), closure.outcomeDetail(),
                    closure.disciplinaryReference(), closure.crimeReference(), closure.closedAt());
        }
    }

    /** The name of someone the case names, if it names anyone there. */
    private static @Nullable String nameOf(@Nullable String username, Map<String, String> names) {
        return username == null ? null : names.get(username);
    }

    static String routeLabel(@Nullable String route) {
        if (route == null) {
            return null;
        }
        return switch (route) {
            case "noCase" -> "No case to answer";
            case "informal" -> "Informal resolution";
            case "formal" -> "Formal investigation";
            case "noAction" -> "No action";
            case "otherAction" -> "Other action, such as training or mediation";
            case "groupLeader" -> "Referred to the group leader";
            case "police" -> "Referred to the police";
            default -> route;
        };
    }

    static String noteLabel(String kind) {
        return switch (kind) {
            case "INTERVIEW" -> "Interview";
            case "REMEDIAL_ACTION" -> "Remedial action";
            case "LETTER" -> "Letter to the person";
            default -> "Note";
        };
    }
}
