package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;

/** "Record the answer": the request goes back to the communications team's review. */
@Singleton
@Named("recordAnswer")
class RecordAnswer implements JavaDelegate {

    private final AccountRequestSteps steps;

    RecordAnswer(AccountRequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = steps.request(execution);
        request.answered();
        steps.save(request, "ACCOUNT_REQUEST_ANSWERED", Actor.of(execution), AccountRequestNote.Kind.ANSWER,
                AccountRequestSteps.text(execution, AccountRequestProcess.VAR_ANSWER));
    }
}
