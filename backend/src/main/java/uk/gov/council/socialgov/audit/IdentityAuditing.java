package uk.gov.council.socialgov.audit;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.identity.IdentityEvent;

/** Puts sign-ins, lock-outs and account changes into the audit trail, in the transaction that caused them. */
@Singleton
class IdentityAuditing {

    private final AuditTrail trail;

    IdentityAuditing(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(IdentityEvent event) {
        trail.record(new AuditEvent(event.action(), "user", event.subject(), null, event.detail()), event.actor(), null);
    }
}
