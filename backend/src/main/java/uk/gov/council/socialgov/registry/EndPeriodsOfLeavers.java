package uk.gov.council.socialgov.registry;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.PersonLeft;

/**
 * Someone who left the council may no longer post from any account (D 2.3): each of their open
 * authorised-user periods ends on their leaving date, in the transaction that recorded the leaving.
 * Periods given by a grant end here too; the grant itself is removed by the access feature.
 */
@Singleton
class EndPeriodsOfLeavers {

    private final AccountRegistryStore registry;
    private final AuditTrail audit;

    EndPeriodsOfLeavers(AccountRegistryStore registry, AuditTrail audit) {
        this.registry = registry;
        this.audit = audit;
    }

    @EventListener
    void onPersonLeft(PersonLeft left) {
        int ended = registry.endPeriodsOf(left.username(), left.leavingDate(), left.by());
        if (ended > 0) {
            audit.record(new AuditEvent("AUTHORISED_USER_LEFT", "user", left.username(), null,
                    ended + " authorised-user periods ended on " + left.leavingDate()), left.by(), null);
        }
    }
}
