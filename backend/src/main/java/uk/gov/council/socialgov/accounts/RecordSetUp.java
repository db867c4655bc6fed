package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.registry.AccountRegistry;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.Actor;

/**
 * "Record the account's handle and address": keeps what the department set up, refusing a handle
 * the registry already holds so that two records never describe one account.
 */
@Singleton
@Named("recordSetUp")
class RecordSetUp implements JavaDelegate {

    private final AccountRequestSteps steps;
    private final AccountRegistry registry;

    RecordSetUp(AccountRequestSteps steps, AccountRegistry registry) {
        this.steps = steps;
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = steps.request(execution);
        String handle = AccountRequestSteps.text(execution, AccountRequestProcess.VAR_HANDLE);
        if (registry.holds(request.getPlatform(), handle)) {
            throw new InvalidRequestException(AccountRequestProcess.VAR_HANDLE,
                    "The registry already has " + handle + " on " + request.getPlatform().label() + ": check the handle");
        }
        request.setUp(handle, AccountRequestSteps.text(execution, AccountRequestProcess.VAR_URL));
        steps.save(request, "ACCOUNT_SET_UP", Actor.of(execution));
    }
}
