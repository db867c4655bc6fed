package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.workflow.EngineClock;

/** "Close the request as expired": nobody answered the question in time, so the requester is told it has closed. */
@Singleton
@Named("recordExpiry")
class RecordExpiry implements JavaDelegate {

    private final AccountRequestSteps steps;
    private final DecisionEmails emails;

    RecordExpiry(AccountRequestSteps steps, DecisionEmails emails) {
        this.steps = steps;
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = steps.request(execution);
        request.expire(EngineClock.now());
        emails.expired(request, (Integer) execution.getVariable(AccountRequestProcess.VAR_ANSWER_WITHIN_DAYS));
        steps.save(request, "ACCOUNT_REQUEST_EXPIRED", AuditTrail.SYSTEM);
    }
}
