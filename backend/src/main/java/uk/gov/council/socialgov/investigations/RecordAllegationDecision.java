package uk.gov.council.socialgov.investigations;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.FormValues;

/** "Record the decision" on an investigated allegation: a breach goes to a Standards Committee hearing. */
@Singleton
@Named("recordAllegationDecision")
class RecordAllegationDecision implements JavaDelegate {

    private final BreachSteps steps;

    RecordAllegationDecision(BreachSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BreachCase found = steps.breachCase(execution);
        String by = Actor.of(execution);
        BreachOutcome finding = BreachSteps.outcomeNamed(execution, "finding");
        String reasons = FormValues.text(execution, BreachInvestigationProcess.VAR_OUTCOME_DETAIL);
        switch (finding) {
            case BREACH_FOUND -> steps.store().awaitingHearing(found.id(), reasons);
            case NO_BREACH_FOUND, REFERRED_TO_POLICE -> steps.outcome(execution, found, finding, reasons);
            default -> throw new InvalidRequestException("finding", "Select your decision");
        }
        steps.record(found, "ALLEGATION_DECIDED", by, finding.label());
    }
}
