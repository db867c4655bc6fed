package uk.gov.council.socialgov.access;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.FormValues;

import java.time.LocalDate;

/**
 * "Record the decision": approved with the agreed end date (within the longest access allowed) and
 * any specific do's and don'ts, which join the statement to sign; or rejected with a reason.
 */
@Singleton
@Named("recordAccessDecision")
class RecordAccessDecision implements JavaDelegate {

    private final AccessGrantSteps steps;

    RecordAccessDecision(AccessGrantSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessGrant grant = steps.grant(execution);
        String by = Actor.of(execution);
        if ("approve".equals(execution.getVariable("decision"))) {
            LocalDate agreedEnd = steps.endDate(execution, AccessGrantProcess.VAR_AGREED_END_DATE);
            grant.approve(by, agreedEnd, FormValues.text(execution, AccessGrantProcess.VAR_SPECIFIC_TERMS));
            steps.setTimers(execution, agreedEnd);
            steps.save(grant, "ACCESS_APPROVED", by, "until " + EngineClock.ukDate(agreedEnd));
        } else {
            grant.reject(by, FormValues.text(execution, AccessGrantProcess.VAR_REASON), EngineClock.now());
            steps.save(grant, "ACCESS_REJECTED", by, null);
        }
    }
}
