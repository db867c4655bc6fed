package uk.gov.council.socialgov.investigations;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.retention.Retention;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

/**
 * "Close the case and start its retention": the retention table has decided how long the evidence
 * is kept; the case closes and its evidence goes on the retention schedule.
 */
@Singleton
@Named("closeBreachCase")
class CloseBreachCase implements JavaDelegate {

    private final BreachSteps steps;
    private final Retention retention;

    CloseBreachCase(BreachSteps steps, Retention retention) {
        this.steps = steps;
        this.retention = retention;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BreachCase found = steps.breachCase(execution);
        steps.store().closed(found.id(), EngineClock.now());
        BreachOutcome outcome = found.closure().outcome();
        steps.record(found, "BREACH_CASE_CLOSED", Actor.of(execution), outcome == null ? null : outcome.label());
        retention.startAsDecided(execution, BreachInvestigationProcess.CASE_KIND, found.id().toString(), found.reference(),
                found.reported().subjectKind().caseKindLabel(), outcome == null ? "CLOSED" : outcome.name());
    }
}
