package uk.gov.council.socialgov.access;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.identity.PersonLeft;
import uk.gov.council.socialgov.registry.AccountClosed;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.List;
import java.util.UUID;

/**
 * Grants that cannot go on are removed through their process's removal path (so the communications
 * team is asked to change the passwords, D 2.3), in the transaction that made them so: a grant left
 * with no open account when an account closes (one still covering another open account goes on; the
 * registry has already ended its period on the closed one), and every grant, asked for or active, of
 * someone who left the council.
 */
@Singleton
class EndGrantsOfClosedAccountsAndLeavers {

    private final GrantRecordStore records;
    private final AccessGrantStore grants;
    private final RuntimeService runtime;

    EndGrantsOfClosedAccountsAndLeavers(GrantRecordStore records, AccessGrantStore grants, RuntimeService runtime) {
        this.records = records;
        this.grants = grants;
        this.runtime = runtime;
    }

    @EventListener
    void onAccountClosed(AccountClosed closed) {
        remove(records.openGrantsLeftWithoutOpenAccounts(closed.accountId()), "The account was closed: " + closed.reason());
    }

    @EventListener
    void onPersonLeft(PersonLeft left) {
        remove(records.openGrantsOf(left.username()), "They left the council on " + EngineClock.ukDate(left.leavingDate()));
    }

    private void remove(List<UUID> grantIds, String reason) {
        for (var grantId : grantIds) {
            grants.findById(grantId).ifPresent(grant -> runtime.createMessageCorrelation(AccessGrantProcess.MESSAGE_REMOVED_EARLY)
                    .processInstanceId(grant.getProcessInstanceId())
                    .setVariable(AccessGrantProcess.VAR_REASON, reason)
                    .correlateWithResult());
        }
    }
}
