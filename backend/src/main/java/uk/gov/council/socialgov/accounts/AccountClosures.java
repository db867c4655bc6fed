package uk.gov.council.socialgov.accounts;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.IdempotentStarts;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The communications team closes down an account at any time, with a reason (D 2.4), through
 * processes/account-closure.bpmn: the account closes, its authorised users end today, and the
 * team gets a task to change its password. Reviews still open on it have nothing left to decide.
 */
@Singleton
class AccountClosures {

    static final String PROCESS_KEY = "account-closure";
    private static final String WHY_ENDED = "The communications team closed the account";

    private final AccountRegistryStore registry;
    private final AccountRequestStore requests;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final IdempotentStarts starts;
    private final ApplicationEventPublisher<AccountClosed> closed;

    AccountClosures(AccountRegistryStore registry, AccountRequestStore requests, RuntimeService runtime, IdentityService identity,
                    IdempotentStarts starts, ApplicationEventPublisher<AccountClosed> closed) {
        this.registry = registry;
        this.requests = requests;
        this.runtime = runtime;
        this.identity = identity;
        this.starts = starts;
        this.closed = closed;
    }

    /**
     * Closes the account in the registry and ends every open authorised-user period on that day;
     * answers how many ended. Features that gave access to it hear of it through {@link AccountClosed}.
     */
    int closeInRegistry(UUID accountId, String by, String reason, Instant at, LocalDate lastDay) {
        boolean wasActive = registry.deactivate(accountId, by, reason, at);
        int ended = registry.endAuthorisedUsers(accountId, lastDay, by);
        if (wasActive) {
            closed.publishEvent(new AccountClosed(accountId, by, reason));
        }
        return ended;
    }

    /** Closes the account, unless an earlier send with the same Idempotency-Key already did. */
    @Transactional
    void close(UUID id, String reason, CurrentUser user, @Nullable String idempotencyKey) {
        if (starts.earlierCase(idempotencyKey, user.username()).isPresent()) {
            return;
        }
        AccountRegistryStore.Row account = registry.find(id, EngineClock.today())
                .orElseThrow(() -> new NotFoundException("There is no account " + id));
        if (!"ACTIVE".equals(account.status())) {
            throw new ConflictException(account.name() + " on " + account.platform().label() + " is already closed.");
        }
        runtime.createProcessInstanceQuery().processDefinitionKey(InactivityReviews.PROCESS_KEY).processInstanceBusinessKey(id.toString())
                .list().forEach(review -> runtime.deleteProcessInstance(review.getId(), WHY_ENDED));
        runtime.createProcessInstanceQuery().processDefinitionKey(AccountRequestProcess.KEY)
                .variableValueEquals(AccountRequestProcess.VAR_ACCOUNT_ID, id.toString())
                .list().forEach(campaign -> runtime.deleteProcessInstance(campaign.getId(), WHY_ENDED));
        requests.findBySocialAccountId(id).ifPresent(request -> {
            request.close(EngineClock.now());
            requests.update(request);
        });
        Actor.runAs(identity, user.username(), user.groupList(), () -> runtime.startProcessInstanceByKey(PROCESS_KEY, id.toString(), Map.of(
                CaseVariables.CASE_ID, id.toString(),
                CaseVariables.CASE_REFERENCE, account.reference(),
                CaseVariables.CASE_TITLE, account.name() + " on " + account.platform().label(),
                CaseVariables.CASE_KIND, InactivityReviews.CASE_KIND,
                CaseVariables.INVOLVED, "",
                AccountRequestProcess.VAR_REASON, reason)));
        starts.made(idempotencyKey, user.username(), id.toString());
    }
}
