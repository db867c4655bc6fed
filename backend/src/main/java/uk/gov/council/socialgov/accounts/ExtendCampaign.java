package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.registry.AccountRegistry;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** "Record the new end date": the campaign goes on, and its closure review waits for the new date. */
@Singleton
@Named("extendCampaign")
class ExtendCampaign implements JavaDelegate {

    private final AccountRequestSteps steps;
    private final AccountRegistry registry;

    ExtendCampaign(AccountRequestSteps steps, AccountRegistry registry) {
        this.steps = steps;
        this.registry = registry;
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate newEnd = newEndDate(AccountRequestSteps.text(execution, AccountRequestProcess.VAR_NEW_END_DATE));
        AccountRequest request = steps.request(execution);
        request.extendCampaign(newEnd);
        registry.setCampaignEnd(request.getSocialAccountId(), newEnd);
        execution.setVariable(AccountRequestProcess.VAR_CAMPAIGN_ENDS_AT, AddAccountToRegistry.campaignReviewTime(newEnd));
        steps.save(request, "ACCOUNT_CAMPAIGN_EXTENDED", Actor.of(execution), AccountRequestNote.Kind.CAMPAIGN_EXTENDED,
                "New end date " + EngineClock.ukDate(newEnd) + ". " + AccountRequestSteps.text(execution, AccountRequestProcess.VAR_REASON));
    }

    private static LocalDate newEndDate(String text) {
        try {
            LocalDate date = LocalDate.parse(text == null ? "" : text);
            if (!date.isAfter(EngineClock.today())) {
                throw new InvalidRequestException(AccountRequestProcess.VAR_NEW_END_DATE, "The new end date must be in the future");
            }
            return date;
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(AccountRequestProcess.VAR_NEW_END_DATE, "Enter the new end date as a real date");
        }
    }
}
