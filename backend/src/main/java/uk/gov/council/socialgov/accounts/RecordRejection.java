package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

/** "Record rejection": marks the request rejected with the reviewer's reason. */
@Singleton
@Named("recordRejection")
class RecordRejection implements JavaDelegate {

    private final AccountRequestSteps steps;
    private final DecisionEmails emails;

    RecordRejection(AccountRequestSteps steps, DecisionEmails emails) {
        this.steps = steps;
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = steps.request(execution);
        String reviewer = Actor.of(execution);
        request.reject(reviewer, AccountRequestSteps.text(execution, AccountRequestProcess.VAR_REASON), EngineClock.now());
        steps.save(request, "ACCOUNT_REQUEST_REJECTED", reviewer);
        emails.rejected(request);
    }
}
