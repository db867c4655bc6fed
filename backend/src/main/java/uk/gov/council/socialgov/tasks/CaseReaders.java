package uk.gov.council.socialgov.tasks;

import uk.gov.council.socialgov.identity.CurrentUser;

/**
 * Whether someone may read a whole case, as the feature that owns it decides (the {@code cases}
 * feature answers for every kind). A task page shows a case's history, and where it stands in its
 * process, only to them: someone working one step of a case they may not read, such as the
 * communications team reporting a harassment report's accounts, sees that step alone.
 */
public interface CaseReaders {

    /** True also for a kind no feature guards with a case page: its tasks' groups decide alone. */
    boolean mayReadWhole(String caseKind, String caseId, CurrentUser user);
}
