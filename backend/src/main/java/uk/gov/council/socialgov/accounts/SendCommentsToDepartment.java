package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;

/**
 * "Send the comments to the department", after the branding or the set-up was returned: the
 * comments join the request's notes and the step goes back to the department.
 */
@Singleton
@Named("sendCommentsToDepartment")
class SendCommentsToDepartment implements JavaDelegate {

    /** The step whose work was returned, set on the service task in the BPMN. */
    static final String RETURNED = "returned";

    private final AccountRequestSteps steps;

    SendCommentsToDepartment(AccountRequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = steps.request(execution);
        boolean setUp = "set-up".equals(execution.getVariableLocal(RETURNED));
        if (setUp) {
            request.setUpReturned();
        }
        steps.save(request, setUp ? "ACCOUNT_SET_UP_RETURNED" : "ACCOUNT_BRANDING_RETURNED", Actor.of(execution),
                setUp ? AccountRequestNote.Kind.SET_UP_RETURNED : AccountRequestNote.Kind.BRANDING_RETURNED,
                AccountRequestSteps.text(execution, AccountRequestProcess.VAR_COMMENTS));
    }
}
