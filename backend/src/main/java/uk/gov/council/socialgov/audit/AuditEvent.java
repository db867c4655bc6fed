package uk.gov.council.socialgov.audit;

import io.micronaut.core.annotation.Nullable;

/**
 * One thing that happened: what, to which case, and a detail made of identifiers, references,
 * usernames, step names, codes and labels, counts, dates and hashes. Who did it, for whom, when and
 * from where are filled in by {@link AuditTrail}. The detail never holds case content (decision
 * 0028): what people wrote, post addresses and file names stay in the case's own tables, where
 * disposal reaches them; {@link AuditDetail} refuses the obvious slips.
 */
public record AuditEvent(String action, @Nullable String caseType, @Nullable String caseId,
                         @Nullable String caseReference, @Nullable String detail) {

    public AuditEvent {
        AuditDetail.require(action, detail);
    }

    public static AuditEvent of(String action, String detail) {
        return new AuditEvent(action, null, null, null, detail);
    }

    public static AuditEvent onCase(String action, String caseType, String caseId, String caseReference, @Nullable String detail) {
        return new AuditEvent(action, caseType, caseId, caseReference, detail);
    }
}
