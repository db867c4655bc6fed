package uk.gov.council.socialgov.harassment;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.retention.Retention;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.FormValues;

/** "Close the report and start its retention": the outcome is recorded and the evidence goes on the retention schedule. */
@Singleton
@Named("closeHarassmentReport")
class CloseHarassmentReport implements JavaDelegate {

    private final HarassmentSteps steps;
    private final Retention retention;

    CloseHarassmentReport(HarassmentSteps steps, Retention retention) {
        this.steps = steps;
        this.retention = retention;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HarassmentReport report = steps.report(execution);
        steps.store().closed(report.id(), FormValues.text(execution, HarassmentProcess.VAR_OUTCOME), EngineClock.now());
        steps.audit(report, "HARASSMENT_REPORT_CLOSED", Actor.of(execution), null);
        retention.startAsDecided(execution, HarassmentProcess.CASE_KIND, report.id().toString(), report.reference(), "Harassment report",
                "CLOSED");
    }
}
