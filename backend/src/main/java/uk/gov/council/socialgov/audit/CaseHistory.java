package uk.gov.council.socialgov.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.time.Instant;
import java.util.List;

/** Who did what to a case, and when, oldest first, from the audit trail. Callers check need-to-know first. */
@Singleton
public class CaseHistory {

    @Serdeable
    public record Entry(Instant occurredAt, String actor, @Nullable String onBehalfOf, String action, @Nullable String detail) {
    }

    static final int LIMIT = 500;
    private final AuditStore store;

    CaseHistory(AuditStore store) {
        this.store = store;
    }

    public List<Entry> of(String caseType, String caseId) {
        return store.caseHistory(caseType, caseId, LIMIT);
    }

    /** What was done on one step of a case (the task events whose detail names it), for someone who may not read the rest. */
    public List<Entry> ofStep(String caseType, String caseId, String stepName) {
        return store.stepHistory(caseType, caseId, stepName, LIMIT);
    }

    /** The chain of custody of a case's evidence: who kept, opened, checked, exported or destroyed it, and every view of the case. */
    public List<Entry> evidence(String caseType, String caseId) {
        return store.evidenceHistory(caseType, caseId, LIMIT);
    }
}
