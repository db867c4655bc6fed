package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

/** "Close the campaign account and end its authorised users" (D 2.4): the campaign is over. */
@Singleton
@Named("closeCampaignAccount")
class CloseCampaignAccount implements JavaDelegate {

    private final AccountRequestSteps steps;
    private final AccountClosures closures;

    CloseCampaignAccount(AccountRequestSteps steps, AccountClosures closures) {
        this.steps = steps;
        this.closures = closures;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = steps.request(execution);
        String by = Actor.of(execution);
        request.close(EngineClock.now());
        closures.closeInRegistry(request.getSocialAccountId(), by, AccountRequestSteps.text(execution, AccountRequestProcess.VAR_REASON),
                EngineClock.now(), EngineClock.today());
        steps.save(request, "ACCOUNT_CLOSED", by);
    }
}
