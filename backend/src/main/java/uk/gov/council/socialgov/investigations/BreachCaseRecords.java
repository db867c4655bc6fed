package uk.gov.council.socialgov.investigations;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.PersonalRecords;

import java.util.List;
import java.util.Optional;

/** What breach cases hold about a person: cases about them, that they reported or investigate, and their name in the text. */
@Singleton
class BreachCaseRecords implements PersonalRecords {

    private final BreachCaseStore cases;

    BreachCaseRecords(BreachCaseStore cases) {
        this.cases = cases;
    }

    @Override
    public List<Held> about(Sought person) {
        return cases.about(person.username(), person.names()).stream()
                .map(cases::find).flatMap(Optional::stream)
                .map(found -> held(found, person)).flatMap(Optional::stream)
                .toList();
    }

    private Optional<Held> held(BreachCase found, Sought person) {
        BreachCase.Reported reported = found.reported();
        Finding finding = new Finding(person, BreachInvestigationProcess.CASE_KIND, "Breach investigation", found.id().toString(),
                found.reference(), found.status().label())
                .person("Subject", "About (" + reported.subjectKind().label() + ")", reported.subject())
                .person("Reporter", "Reported by", reported.reportedBy())
                .person("Investigator", "Investigator", found.routing().investigator())
                .person("Line manager", "Line manager of the subject", reported.lineManager())
                .involving(reported.subject(), reported.reportedBy());
        if (finding.hasPart()) {
            finding.detail("Reported on", PersonalRecords.day(reported.reportedAt()))
                    .detail("Policy clauses", String.join(", ", reported.clauses()))
                    .detail("Outcome", found.closure().outcome() == null ? null : found.closure().outcome().label());
        }
        finding.text("Description", reported.description())
                .text("Links to the posts", String.join("\n", reported.postLinks()))
                .text("Reason for the route taken", found.routing().routeReason())
                .text("Findings", found.hearing().findings())
                .text("Independent Person's view", found.hearing().independentPersonView())
                .text("Hearing decision", found.hearing().hearingDecision())
                .text("Sanction", found.hearing().sanction())
                .text("Outcome detail", found.closure().outcomeDetail());
        cases.notes(found.id()).forEach(note -> finding.text(InvestigationView.noteLabel(note.kind()) + " of " + PersonalRecords.day(note.writtenAt()),
                note.text()));
        return finding.held();
    }
}
