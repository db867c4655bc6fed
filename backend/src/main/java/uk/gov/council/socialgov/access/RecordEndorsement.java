package uk.gov.council.socialgov.access;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.FormValues;

/** "Record the line manager's answer": endorsed, the request goes to the communications team; declined, it ends. */
@Singleton
@Named("recordEndorsement")
class RecordEndorsement implements JavaDelegate {

    private final AccessGrantSteps steps;

    RecordEndorsement(AccessGrantSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessGrant grant = steps.grant(execution);
        String by = Actor.of(execution);
        if ("endorse".equals(execution.getVariable("endorsement"))) {
            grant.endorse();
            steps.save(grant, "ACCESS_ENDORSED", by, null);
        } else {
            grant.notEndorsed(by, FormValues.text(execution, AccessGrantProcess.VAR_REASON), EngineClock.now());
            steps.save(grant, "ACCESS_NOT_ENDORSED", by, null);
        }
    }
}
