package uk.gov.council.socialgov.harassment;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.notifications.NotificationKind;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.WorkingDays;

import java.time.Duration;
import java.util.Date;

/**
 * "Record the report and alert the Monitoring Officer": sets the triage deadline (4 hours when the
 * councillor is in immediate danger, otherwise 2 working days). Immediate danger also sends the
 * Monitoring Officer an urgent email at once, beside the usual new-task email.
 */
@Singleton
@Named("recordHarassmentReport")
class RecordHarassmentReport implements JavaDelegate {

    private final HarassmentSteps steps;
    private final HarassmentSettings settings;
    private final WorkingDays workingDays;

    RecordHarassmentReport(HarassmentSteps steps, HarassmentSettings settings, WorkingDays workingDays) {
        this.steps = steps;
        this.settings = settings;
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HarassmentReport report = steps.report(execution);
        var now = EngineClock.now();
        execution.setVariable(HarassmentProcess.VAR_URGENT_DUE_AT, Date.from(now.plus(Duration.ofHours(settings.urgentHours()))));
        execution.setVariable(HarassmentProcess.VAR_TRIAGE_DUE_AT, Date.from(workingDays.after(now, settings.triageWorkingDays())));
        if (report.immediateDanger()) {
            steps.alertMonitoringOfficers(report, NotificationKind.TASK_ESCALATED,
                    "URGENT: a councillor in immediate danger (" + report.reference() + ")",
                    "A councillor has reported harassment and feels in immediate danger. They have been told to call 999. "
                            + "Triage the report within " + settings.urgentHours() + " hours.");
        }
        steps.audit(report, "HARASSMENT_ROUTED", Actor.of(execution), report.immediateDanger()
                ? "Urgent: triage due within " + settings.urgentHours() + " hours" : "Triage due within " + settings.triageWorkingDays() + " working days");
    }
}
