package uk.gov.council.socialgov.accounts;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.registry.AccountClosed;
import uk.gov.council.socialgov.workflow.EngineClock;

/**
 * An account closed by the communications team or after an inactivity review (D 2.4) ends the
 * request that set it up: a campaign's wait for its end date has nothing left to close. A request
 * already closed (a campaign closing itself) is left alone, so its own running process is not ended.
 */
@Singleton
class EndRequestOfClosedAccount {

    private final AccountRequestStore requests;
    private final RuntimeService runtime;

    private final AccountRequestSteps steps;

    EndRequestOfClosedAccount(AccountRequestStore requests, RuntimeService runtime, AccountRequestSteps steps) {
        this.requests = requests;
        this.runtime = runtime;
        this.steps = steps;
    }

    @EventListener
    void onAccountClosed(AccountClosed closed) {
        requests.findBySocialAccountId(closed.accountId())
                .filter(request -> request.getStatus() != AccountRequestStatus.CLOSED)
                .ifPresent(request -> {
                    runtime.createProcessInstanceQuery().processDefinitionKey(AccountRequestProcess.KEY)
                            .variableValueEquals(AccountRequestProcess.VAR_ACCOUNT_ID, closed.accountId().toString())
                            .list().forEach(campaign -> runtime.deleteProcessInstance(campaign.getId(), "The account was closed"));
                    request.close(EngineClock.now());
                    requests.update(request);
                    steps.retainIfEnded(request);
                });
    }
}
