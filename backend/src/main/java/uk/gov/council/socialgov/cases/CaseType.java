package uk.gov.council.socialgov.cases;

import uk.gov.council.socialgov.identity.CaseKindReaders;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.notifications.CaseKindInEmails;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * One kind of case, as the shared case page and task pages see it: its {@link CaseKind} (name,
 * references, process) and who may read it. Each feature that owns cases provides one bean.
 */
public interface CaseType extends CaseKindReaders, CaseKindInEmails, CaseRecords {

    /** A case id from a URL as the UUID most features use; empty when it is not one (the case then does not exist). */
    static Optional<UUID> uuid(String caseId) {
        try {
            return Optional.of(UUID.fromString(caseId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The kind, declared once by the feature: the name, the references and the process. */
    CaseKind kind();

    /** The name used in URLs, process variables and the audit trail, e.g. {@code account-request}. */
    @Override
    default String name() {
        return kind().name();
    }

    @Override
    default Set<String> readers() {
        return kind().readers();
    }

    @Override
    default boolean namedInEmails() {
        return kind().namedInEmails();
    }

    /** The case's header if this person may read the case; empty when it does not exist or they may not. */
    Optional<CaseHeader> readableBy(String caseId, CurrentUser user);

    /** Whether the case is still open; a closed case takes no more documents, notes or evidence unless held. */
    boolean isOpen(String caseId);

    /** Whether posts may be kept as evidence on cases of this kind (investigations and harassment reports). */
    default boolean keepsEvidence() {
        return false;
    }
}
