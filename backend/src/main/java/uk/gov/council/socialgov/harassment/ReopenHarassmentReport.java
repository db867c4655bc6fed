package uk.gov.council.socialgov.harassment;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.FormValues;
import uk.gov.council.socialgov.workflow.StepComments;
import uk.gov.council.socialgov.workflow.WorkingDays;

import java.util.Date;

/** "Reopen the report for more action": it goes back to triage, due again within 2 working days from now. */
@Singleton
@Named("reopenHarassmentReport")
class ReopenHarassmentReport implements JavaDelegate {

    private final HarassmentSteps steps;
    private final HarassmentSettings settings;
    private final WorkingDays workingDays;

    ReopenHarassmentReport(HarassmentSteps steps, HarassmentSettings settings, WorkingDays workingDays) {
        this.steps = steps;
        this.settings = settings;
        this.workingDays = workingDays;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HarassmentReport report = steps.report(execution);
        execution.setVariable(HarassmentProcess.VAR_TRIAGE_DUE_AT, Date.from(workingDays.after(EngineClock.now(), settings.triageWorkingDays())));
        steps.store().setStatus(report.id(), HarassmentStatus.ACTIONS_UNDER_WAY);
        // What was written is case content: triage reads it as a comment on the case, not in the audit trail.
        StepComments.keep(execution, FormValues.text(execution, HarassmentProcess.VAR_OUTCOME));
        steps.audit(report, "HARASSMENT_REOPENED", Actor.of(execution), null);
    }
}
