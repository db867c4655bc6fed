package uk.gov.council.socialgov.investigations;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.FormValues;


/** "Record the outcome" HR decided after the investigation, told to the employee in writing with their right of appeal. */
@Singleton
@Named("recordEmployeeOutcome")
class RecordEmployeeOutcome implements JavaDelegate {

    private final BreachSteps steps;

    RecordEmployeeOutcome(BreachSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BreachCase found = steps.breachCase(execution);
        String by = Actor.of(execution);
        BreachOutcome outcome = BreachSteps.outcomeNamed(execution, BreachInvestigationProcess.VAR_OUTCOME);
        String reference = FormValues.text(execution, "disciplinaryReference");
        if (outcome == BreachOutcome.DISCIPLINARY_ACTION && reference == null) {
            throw new InvalidRequestException("disciplinaryReference", "Enter the Disciplinary Procedure reference");
        }
        steps.outcome(execution, found, outcome, FormValues.text(execution, BreachInvestigationProcess.VAR_OUTCOME_DETAIL));
        steps.store().disciplinaryReference(found.id(), outcome == BreachOutcome.DISCIPLINARY_ACTION ? reference : null);
        steps.record(found, "BREACH_OUTCOME_DECIDED", by, outcome.label());
    }
}
