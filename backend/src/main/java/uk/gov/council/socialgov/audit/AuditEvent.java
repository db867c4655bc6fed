package uk.gov.council.socialgov.audit;

import io.micronaut.core.annotation.Nullable;

/**
 * One thing that happened: what, to which case, and any detail worth keeping. Who did it, for whom,
 * when and from where are filled in by {@link AuditTrail}.
 */
public record AuditEvent(String action, @Nullable String caseType, @Nullable String caseId,
                         @Nullable String caseReference, @Nullable String detail) {

    public static AuditEvent of(String action, String detail) {
        return new AuditEvent(action, null, null, null, detail);
    }

    public static AuditEvent onCase(String action, String caseType, String caseId, String caseReference, @Nullable String detail) {
        return new AuditEvent(action, caseType, caseId, caseReference, detail);
    }
}
