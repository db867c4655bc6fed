package uk.gov.council.socialgov.investigations;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.web.InvalidRequestException;

import java.util.Map;

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
        String reason = BreachSteps.text(execution, "triageReason");
        Map<String, Object> columns = switch (triage) {
            case "noCase" -> BreachSteps.outcome(execution, BreachOutcome.NO_CASE_TO_ANSWER, reason);
            case "informal" -> BreachCaseStore.columns("status", BreachStatus.INFORMAL_RESOLUTION);
            case "formal" -> steps.appointment(execution, found);
            default -> throw new InvalidRequestException("triage", "Select what happens next");
        };
        columns.put("route", triage);
        columns.put("route_reason", reason);
        steps.record(found, "BREACH_TRIAGED", by, InvestigationView.routeLabel(triage), columns);
    }
}
