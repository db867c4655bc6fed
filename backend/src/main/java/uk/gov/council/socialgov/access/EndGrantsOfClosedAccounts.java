package uk.gov.council.socialgov.access;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.registry.AccountClosed;

/**
 * When an account closes, a grant left with no open account is removed through its process's
 * removal path (with the password change), in the closing transaction. A grant that still covers
 * another open account goes on; the registry has already ended its period on the closed one.
 */
@Singleton
class EndGrantsOfClosedAccounts {

    private final GrantRecordStore records;
    private final AccessGrantStore grants;
    private final RuntimeService runtime;

    EndGrantsOfClosedAccounts(GrantRecordStore records, AccessGrantStore grants, RuntimeService runtime) {
        this.records = records;
        this.grants = grants;
        this.runtime = runtime;
    }

    @EventListener
    void onAccountClosed(AccountClosed closed) {
        for (var grantId : records.openGrantsLeftWithoutOpenAccounts(closed.accountId())) {
            grants.findById(grantId).ifPresent(grant -> runtime.createMessageCorrelation(AccessGrantProcess.MESSAGE_REMOVED_EARLY)
                    .processInstanceId(grant.getProcessInstanceId())
                    .setVariable(AccessGrantProcess.VAR_REASON, "The account was closed: " + closed.reason())
                    .correlateWithResult());
        }
    }
}
