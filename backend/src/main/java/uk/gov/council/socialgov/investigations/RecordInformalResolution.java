package uk.gov.council.socialgov.investigations;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.FormValues;

/** "Record the informal resolution": what was agreed with the employee, confirmed to them in writing. */
@Singleton
@Named("recordInformalResolution")
class RecordInformalResolution implements JavaDelegate {

    private final BreachSteps steps;

    RecordInformalResolution(BreachSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BreachCase found = steps.breachCase(execution);
        String by = Actor.of(execution);
        String agreed = FormValues.text(execution, BreachInvestigationProcess.VAR_OUTCOME_DETAIL);
        steps.outcome(execution, found, BreachOutcome.INFORMAL_ACTION, agreed);
        steps.record(found, "BREACH_RESOLVED_INFORMALLY", by, null);
    }
}
