package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;

/** "Record branding approval": the department may now set the account up. */
@Singleton
@Named("recordBrandingApproval")
class RecordBrandingApproval implements JavaDelegate {

    private final AccountRequestSteps steps;

    RecordBrandingApproval(AccountRequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = steps.request(execution);
        request.brandingApproved();
        steps.save(request, "ACCOUNT_BRANDING_APPROVED", Actor.of(execution));
    }
}
