package uk.gov.council.socialgov.harassment;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.notifications.Email;
import uk.gov.council.socialgov.notifications.NotificationKind;
import uk.gov.council.socialgov.notifications.Outbox;

import java.util.List;

/** "Alert the deputy Monitoring Officer": triage is late; the deputy (and the Monitoring Officer again) are told. */
@Singleton
@Named("escalateHarassmentReport")
class EscalateHarassmentReport implements JavaDelegate {

    private final HarassmentSteps steps;
    private final HarassmentSettings settings;
    private final Outbox outbox;

    EscalateHarassmentReport(HarassmentSteps steps, HarassmentSettings settings, Outbox outbox) {
        this.steps = steps;
        this.settings = settings;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HarassmentReport report = steps.report(execution);
        String late = report.immediateDanger() ? "within " + settings.urgentHours() + " hours, although the councillor feels in immediate danger"
                : "within " + settings.triageWorkingDays() + " working days";
        outbox.send(settings.deputy(), NotificationKind.TASK_ESCALATED, new Email(
                "Harassment report " + report.reference() + " has not been triaged", List.of(
                "A councillor's harassment report has not been triaged " + late + ".",
                "As deputy Monitoring Officer, please triage it now."), outbox.link("/harassment/" + report.id()), "Open the report"));
        steps.audit(report, "HARASSMENT_ESCALATED", AuditTrail.SYSTEM, "Not triaged " + late + "; the deputy was alerted");
    }
}
