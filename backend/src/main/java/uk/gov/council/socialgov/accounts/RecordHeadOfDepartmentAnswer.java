package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

/**
 * "Record the head of department's answer": endorsed, the request goes to the communications team's review;
 * not endorsed, it ends with the head's reason and the requester is told, as on a rejection.
 */
@Singleton
@Named("recordHeadOfDepartmentAnswer")
class RecordHeadOfDepartmentAnswer implements JavaDelegate {

    private final AccountRequestSteps steps;
    private final DecisionEmails emails;

    RecordHeadOfDepartmentAnswer(AccountRequestSteps steps, DecisionEmails emails) {
        this.steps = steps;
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = steps.request(execution);
        String head = Actor.of(execution);
        if ("endorse".equals(execution.getVariable(AccountRequestProcess.VAR_ENDORSEMENT))) {
            request.endorse(EngineClock.now());
            steps.save(request, "ACCOUNT_REQUEST_ENDORSED", head);
        } else {
            request.notEndorsed(head, AccountRequestSteps.text(execution, AccountRequestProcess.VAR_REASON), EngineClock.now());
            steps.save(request, "ACCOUNT_REQUEST_NOT_ENDORSED", head);
            emails.notEndorsed(request);
        }
    }
}
