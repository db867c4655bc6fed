package uk.gov.council.socialgov.identity;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.List;
import java.util.Set;

/**
 * Need-to-know beyond groups: people named as excluded from a case see nothing of it. Every
 * feature that shows case content or its tasks asks here first, inside its own transaction.
 */
@Singleton
public class CaseExclusions {

    private final CaseExclusionStore store;
    private final Directory directory;

    CaseExclusions(CaseExclusionStore store, Directory directory) {
        this.store = store;
        this.directory = directory;
    }

    public boolean isExcluded(String caseType, String caseId, String username) {
        return store.isExcluded(caseType, caseId, username);
    }

    /** Everyone kept out of one case, in one query. */
    public Set<String> excludedFrom(String caseType, String caseId) {
        return store.excludedFrom(caseType, caseId);
    }

    public void exclude(String caseType, String caseId, String username, String reason, CurrentUser by) {
        if (!directory.exists(username)) {
            throw new InvalidRequestException("username", "There is no one with the username " + username);
        }
        if (username.equals(by.username())) {
            throw new InvalidRequestException("username", "You cannot exclude yourself; ask a colleague");
        }
        store.exclude(caseType, caseId, username, reason, by.username(), EngineClock.now());
    }

    /**
     * Keeps the people a case is by or about out of its content and task queues from the start, even
     * when they hold the group that works it; the process records who set the exclusion.
     */
    public void excludeInvolved(String caseType, String caseId, String username, String reason, String by) {
        store.exclude(caseType, caseId, username, reason, by, EngineClock.now());
    }

    /** Ids of every case, of any kind, the person is excluded from (case ids are unique UUIDs). */
    public List<String> caseIdsExcluding(String username) {
        return store.caseIdsExcluding(username);
    }

    /** At the end of a case's retention its exclusions go with it (who was kept out, and why); says what went. */
    public Sql.Deleted forget(String caseType, String caseId) {
        return store.forget(caseType, caseId);
    }
}
