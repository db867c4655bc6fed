package uk.gov.council.socialgov.investigations;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.FormValues;

/** "Record the initial assessment" of an allegation against a councillor (Localism Act 2011 arrangements). */
@Singleton
@Named("recordInitialAssessment")
class RecordInitialAssessment implements JavaDelegate {

    private final BreachSteps steps;

    RecordInitialAssessment(BreachSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BreachCase found = steps.breachCase(execution);
        String by = Actor.of(execution);
        String assessment = String.valueOf(execution.getVariable("assessment"));
        String reason = FormValues.text(execution, "assessmentReason");
        switch (assessment) {
            case "noAction" -> steps.outcome(execution, found, BreachOutcome.NO_ACTION, reason);
            case "otherAction" -> steps.outcome(execution, found, BreachOutcome.OTHER_ACTION, reason);
            case "groupLeader" -> steps.outcome(execution, found, BreachOutcome.REFERRED_TO_GROUP_LEADER, reason);
            case "police" -> steps.outcome(execution, found, BreachOutcome.REFERRED_TO_POLICE, reason);
            case "formal" -> steps.appoint(execution, found);
            default -> throw new InvalidRequestException("assessment", "Select your initial assessment");
        }
        steps.store().routed(found.id(), assessment, reason);
        steps.record(found, "BREACH_ASSESSED", by, InvestigationView.routeLabel(assessment));
    }
}
