package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

/** "Record the withdrawal": the department no longer wants the account; every open step has ended. */
@Singleton
@Named("recordWithdrawal")
class RecordWithdrawal implements JavaDelegate {

    private final AccountRequestSteps steps;

    RecordWithdrawal(AccountRequestSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = steps.request(execution);
        request.withdraw(EngineClock.now());
        steps.save(request, "ACCOUNT_REQUEST_WITHDRAWN", Actor.of(execution), AccountRequestNote.Kind.WITHDRAWN,
                AccountRequestSteps.text(execution, AccountRequestProcess.VAR_WITHDRAWAL_REASON));
    }
}
