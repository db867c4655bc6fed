package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.registry.AccountRegistry;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

/** "Close the campaign account and end its authorised users" (D 2.4): the campaign is over. */
@Singleton
@Named("closeCampaignAccount")
class CloseCampaignAccount implements JavaDelegate {

    private final AccountRequestSteps steps;
    private final AccountRegistry registry;

    CloseCampaignAccount(AccountRequestSteps steps, AccountRegistry registry) {
        this.steps = steps;
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = steps.request(execution);
        String by = Actor.of(execution);
        // The request is closed first, so that hearing of the closure (EndRequestOfClosedAccount) leaves this process alone.
        request.close(EngineClock.now());
        steps.save(request, "ACCOUNT_CLOSED", by);
        registry.close(request.getSocialAccountId(), by, AccountRequestSteps.text(execution, AccountRequestProcess.VAR_REASON),
                EngineClock.now(), EngineClock.today());
    }
}
