package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;

/** "Send the question to the department": the request waits for the requester's answer. */
@Singleton
@Named("askForInformation")
class AskForInformation implements JavaDelegate {

    private final AccountRequestSteps steps;

    AskForInformation(AccountRequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = steps.request(execution);
        request.askForInformation();
        steps.save(request, "ACCOUNT_REQUEST_INFORMATION_REQUESTED", Actor.of(execution), AccountRequestNote.Kind.QUESTION,
                AccountRequestSteps.text(execution, AccountRequestProcess.VAR_QUESTION));
    }
}
