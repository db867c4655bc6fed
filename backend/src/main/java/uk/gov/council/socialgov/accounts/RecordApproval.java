package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

/** "Record approval": marks the request approved by the reviewer who decided. */
@Singleton
@Named("recordApproval")
class RecordApproval implements JavaDelegate {

    private final AccountRequestSteps steps;
    private final DecisionEmails emails;

    RecordApproval(AccountRequestSteps steps, DecisionEmails emails) {
        this.steps = steps;
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = steps.request(execution);
        String reviewer = Actor.of(execution);
        request.approve(reviewer, EngineClock.now());
        steps.save(request, "ACCOUNT_REQUEST_APPROVED", reviewer);
        emails.approved(request);
    }
}
