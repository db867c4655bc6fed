package uk.gov.council.socialgov.cases;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.web.IdempotentStarts;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;

/**
 * The one way a case starts, whatever its kind: its process is started as the person who opened it,
 * with the variables every task list reads (case id, reference, title, kind, the people it is by or
 * about); the start is audited; and a start sent again with the same Idempotency-Key finds the case
 * the first send made (decision 0019). Call it inside the transaction that saves the case's row.
 */
@Singleton
public class CaseStarts {

    private final RuntimeService runtime;
    private final IdentityService identity;
    private final AuditTrail audit;
    private final IdempotentStarts idempotent;

    CaseStarts(RuntimeService runtime, IdentityService identity, AuditTrail audit, IdempotentStarts idempotent) {
        this.runtime = runtime;
        this.identity = identity;
        this.audit = audit;
        this.idempotent = idempotent;
    }

    /** The id of the case an earlier send of this key made; call it before writing anything. */
    public Optional<String> earlierCase(@Nullable String idempotencyKey, CurrentUser by) {
        return idempotent.earlierCase(idempotencyKey, by.username());
    }

    /** A case of this kind about to start, with its row already saved under {@code id}. */
    public Start of(CaseKind kind, String id, String reference) {
        return new Start(kind, id, reference);
    }

    /** What a case's process starts with; {@link #start} starts it. */
    public final class Start {
        private final CaseKind kind;
        private final String id;
        private final String reference;
        private final Map<String, Object> variables = new HashMap<>();
        private final Collection<String> involved = new LinkedHashSet<>();
        private String title;
        private String auditAction;
        private String auditDetail;

        private Start(CaseKind kind, String id, String reference) {
            this.kind = kind;
            this.id = id;
            this.reference = reference;
        }

        /** What task lists call the case, e.g. "Access for Sam Patel". */
        public Start titled(String title) {
            this.title = title;
            return this;
        }

        /** The people the case is by or about: none of them may work its tasks. */
        public Start involving(Collection<String> people) {
            involved.addAll(people);
            return this;
        }

        /** A variable of this kind's own process. */
        public Start with(String variable, Object value) {
            variables.put(variable, value);
            return this;
        }

        /** The audit event the start records. */
        public Start audited(String action, @Nullable String detail) {
            this.auditAction = action;
            this.auditDetail = detail;
            return this;
        }

        /** Starts the process as {@code by}, audits it, marks the key as used for this case; answers the process instance id. */
        public String start(CurrentUser by, @Nullable String idempotencyKey) {
            if (title == null || auditAction == null) {
                throw new IllegalStateException("A case starts with a title and an audit event");
            }
            variables.put(CaseVariables.CASE_ID, id);
            variables.put(CaseVariables.CASE_REFERENCE, reference);
            variables.put(CaseVariables.CASE_TITLE, title);
            variables.put(CaseVariables.CASE_KIND, kind.name());
            variables.put(CaseVariables.INVOLVED, String.join(",", involved));
            String instance = Actor.runAs(identity, by.username(), by.groupList(),
                    () -> runtime.startProcessInstanceByKey(kind.processKey(), reference, variables)).getId();
            audit.record(AuditEvent.onCase(auditAction, kind.name(), id, reference, auditDetail));
            idempotent.made(idempotencyKey, by.username(), id);
            return instance;
        }
    }
}
