package uk.gov.council.socialgov.investigations;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.FormValues;

/** "Record the findings" of the investigator, and any remedial actions, for the decision that follows. */
@Singleton
@Named("recordInvestigationFindings")
class RecordInvestigationFindings implements JavaDelegate {

    private final BreachSteps steps;

    RecordInvestigationFindings(BreachSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BreachCase found = steps.breachCase(execution);
        String by = Actor.of(execution);
        String remedial = FormValues.text(execution, "remedialActions");
        if (remedial != null) {
            steps.addNote(found, "REMEDIAL_ACTION", remedial, by);
        }
        steps.store().investigated(found.id(), FormValues.text(execution, "findings"));
        steps.record(found, "BREACH_INVESTIGATED", by, null);
    }
}
