package uk.gov.council.socialgov.investigations;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.FormValues;

/** "Record the triage" (ACAS: establish the facts promptly): no case to answer, informal resolution, or a formal investigation. */
@Singleton
@Named("recordTriage")
class RecordTriage implements JavaDelegate {

    private final BreachSteps steps;

    RecordTriage(BreachSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BreachCase found = steps.breachCase(execution);
        String by = Actor.of(execution);
        String triage = String.valueOf(execution.getVariable("triage"));
        String reason = FormValues.text(execution, "triageReason");
        switch (triage) {
            case "noCase" -> steps.outcome(execution, found, BreachOutcome.NO_CASE_TO_ANSWER, reason);
            case "informal" -> steps.store().resolvingInformally(found.id());
            case "formal" -> steps.appoint(execution, found);
            default -> throw new InvalidRequestException("triage", "Select what happens next");
        }
        steps.store().routed(found.id(), triage, reason);
        steps.record(found, "BREACH_TRIAGED", by, InvestigationView.routeLabel(triage));
    }
}
