package uk.gov.council.socialgov.harassment;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.notifications.Email;
import uk.gov.council.socialgov.notifications.NotificationKind;
import uk.gov.council.socialgov.notifications.Outbox;

import java.util.List;
import java.util.Set;

/**
 * "Alert the deputy Monitoring Officer": triage is late; whoever holds the deputy Monitoring Officer's
 * group is told, or, when nobody holds it, everyone in the Monitoring Officer's group; never someone
 * kept out of the report.
 */
@Singleton
@Named("escalateHarassmentReport")
class EscalateHarassmentReport implements JavaDelegate {

    private final HarassmentSteps steps;
    private final HarassmentSettings settings;
    private final Outbox outbox;
    private final Directory directory;
    private final CaseExclusions exclusions;

    EscalateHarassmentReport(HarassmentSteps steps, HarassmentSettings settings, Outbox outbox, Directory directory,
                             CaseExclusions exclusions) {
        this.steps = steps;
        this.settings = settings;
        this.outbox = outbox;
        this.directory = directory;
        this.exclusions = exclusions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HarassmentReport report = steps.report(execution);
        String late = report.immediateDanger() ? "within " + settings.urgentHours() + " hours, although the councillor feels in immediate danger"
                : "within " + settings.triageWorkingDays() + " working days";
        Set<String> excluded = exclusions.excludedFrom(HarassmentProcess.CASE_KIND, report.id().toString());
        List<Directory.Person> deputies = directory.membersOf(Groups.DEPUTY_MONITORING_OFFICER);
        List<String> alerted = (deputies.isEmpty() ? directory.membersOf(Groups.MONITORING_OFFICER) : deputies).stream()
                .map(Directory.Person::username).filter(username -> !excluded.contains(username)).toList();
        Email email = new Email("Harassment report " + report.reference() + " has not been triaged", List.of(
                "A councillor's harassment report has not been triaged " + late + ".",
                "Please triage it now."), outbox.link("/harassment/" + report.id()), "Open the report");
        alerted.forEach(username -> outbox.send(username, NotificationKind.TASK_ESCALATED, email));
        steps.audit(report, "HARASSMENT_ESCALATED", AuditTrail.SYSTEM, "Not triaged " + late + "; " + alerted.size() + " alerted");
    }
}
