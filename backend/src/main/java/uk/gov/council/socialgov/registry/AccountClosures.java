package uk.gov.council.socialgov.registry;

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

import java.util.Map;
import java.util.UUID;

/**
 * The communications team closes down an account at any time, with a reason (D 2.4), through
 * processes/account-closure.bpmn: the account closes, its authorised users end today, and the
 * team gets a task to change its password. Reviews still open on it have nothing left to decide; a
 * campaign account's request ends through {@link AccountClosed}.
 */
@Singleton
class AccountClosures {

    static final String PROCESS_KEY = "account-closure";
    private static final String WHY_ENDED = "The communications team closed the account";

    private final AccountRegistryStore registry;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final IdempotentStarts starts;

    AccountClosures(AccountRegistryStore registry, RuntimeService runtime, IdentityService identity,
                    IdempotentStarts starts) {
        this.registry = registry;
        this.runtime = runtime;
        this.identity = identity;
        this.starts = starts;
    }

    /** Closes the account, unless an earlier send with the same Idempotency-Key already did. */
    @Transactional
    void close(UUID id, String reason, CurrentUser user, @Nullable String idempotencyKey) {
        if (starts.earlierCase(idempotencyKey, user.username()).isPresent()) {
            return;
        }
        AccountRegistry.Row account = registry.find(id, EngineClock.today())
                .orElseThrow(() -> new NotFoundException("There is no account " + id));
        if (!"ACTIVE".equals(account.status())) {
            throw new ConflictException(account.name() + " on " + account.platform().label() + " is already closed.");
        }
        runtime.createProcessInstanceQuery().processDefinitionKey(InactivityReviews.PROCESS_KEY).processInstanceBusinessKey(id.toString())
                .list().forEach(review -> runtime.deleteProcessInstance(review.getId(), WHY_ENDED));
        Actor.runAs(identity, user.username(), user.groupList(), () -> runtime.startProcessInstanceByKey(PROCESS_KEY, id.toString(), Map.of(
                CaseVariables.CASE_ID, id.toString(),
                CaseVariables.CASE_REFERENCE, account.reference(),
                CaseVariables.CASE_TITLE, account.name() + " on " + account.platform().label(),
                CaseVariables.CASE_KIND, InactivityReviews.CASE_KIND,
                CaseVariables.INVOLVED, "",
                CloseAccount.VAR_REASON, reason)));
        starts.made(idempotencyKey, user.username(), id.toString());
    }
}
