package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.registry.AccountRegistry;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.util.Date;
import java.util.UUID;

/**
 * "Add the account to the registry as active": the account, owned by the service manager who asked
 * for it, with the proposed people authorised to post from today (D 2.3).
 */
@Singleton
@Named("addAccountToRegistry")
class AddAccountToRegistry implements JavaDelegate {

    private final AccountRequestSteps steps;
    private final AccountRegistry registry;
    private final DecisionEmails emails;

    AddAccountToRegistry(AccountRequestSteps steps, AccountRegistry registry, DecisionEmails emails) {
        this.steps = steps;
        this.registry = registry;
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = steps.request(execution);
        String by = Actor.of(execution);
        if (registry.holds(request.getPlatform(), request.getHandle())) {
            throw new ConflictException("The registry already has " + request.getHandle() + " on " + request.getPlatform().label()
                    + ". Send the set-up back to the department to check the handle.");
        }
        UUID accountId = registry.register(new AccountRegistry.NewAccount(request.getPlatform(), request.getHandle(),
                request.getProposedName(), request.getUrl(), request.getDepartment(), request.getKind(),
                request.getCampaignEndDate(), request.getSubmittedBy(), request.getId()), request.getProposedUsers(), EngineClock.now(),
                EngineClock.today(), by);
        request.activate(accountId);
        execution.setVariable(AccountRequestProcess.VAR_ACCOUNT_ID, accountId.toString());
        if (request.getCampaignEndDate() != null) {
            execution.setVariable(AccountRequestProcess.VAR_CAMPAIGN_ENDS_AT, campaignReviewTime(request.getCampaignEndDate()));
        }
        emails.active(request);
        steps.save(request, "ACCOUNT_ACTIVATED", by);
    }

    /** The closure review starts at 9am (UK time) on the campaign's end date. */
    static Date campaignReviewTime(LocalDate endDate) {
        return Date.from(endDate.atTime(9, 0).atZone(EngineClock.UK).toInstant());
    }
}
