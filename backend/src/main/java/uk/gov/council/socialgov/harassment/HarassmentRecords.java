package uk.gov.council.socialgov.harassment;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.PersonalRecords;

import java.util.List;
import java.util.Optional;

/** What harassment reports hold about a person: reports by or for them, and their name in the text. */
@Singleton
class HarassmentRecords implements PersonalRecords {

    private final HarassmentStore reports;

    HarassmentRecords(HarassmentStore reports) {
        this.reports = reports;
    }

    @Override
    public List<Held> about(Sought person) {
        return reports.about(person.username(), person.names()).stream()
                .map(reports::find).flatMap(Optional::stream)
                .map(report -> held(report, person)).flatMap(Optional::stream)
                .toList();
    }

    private Optional<Held> held(HarassmentReport report, Sought person) {
        Finding finding = new Finding(person, HarassmentProcess.CASE_KIND, "Harassment report", report.id().toString(),
                report.reference(), report.status().label())
                .person("Councillor harassed", "Councillor", report.member())
                .person("Reporter", "Reported by", report.reportedBy())
                .involving(report.member(), report.reportedBy());
        if (finding.hasPart()) {
            finding.detail("Reported on", PersonalRecords.day(report.reportedAt()))
                    .detail("Platform", report.platform().label())
                    .detail("In immediate danger", report.immediateDanger() ? "Yes" : "No")
                    .detail("Crime reference", report.crimeReference())
                    .detail("Risk level", report.riskLevel() == null ? null : report.riskLevel().label());
        }
        finding.text("Offending accounts", report.offendingAccounts())
                .text("Description", report.description())
                .text("Links to the posts", String.join("\n", report.postLinks()))
                .text("Triage notes", report.triageNotes())
                .text("Follow-up", report.followUp())
                .text("Outcome", report.outcome());
        reports.actions(report.id()).forEach(action -> finding.text(action.kind().label() + " on " + PersonalRecords.day(action.doneAt()),
                action.detail()));
        return finding.held();
    }
}
