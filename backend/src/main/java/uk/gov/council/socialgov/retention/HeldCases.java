package uk.gov.council.socialgov.retention;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.CaseHolds;

/** A case is held while any of its legal holds has not been released. */
@Singleton
class HeldCases implements CaseHolds {

    private final RetentionStore store;

    HeldCases(RetentionStore store) {
        this.store = store;
    }

    @Override
    public boolean held(String caseType, String caseId) {
        return store.holdInForce(caseType, caseId);
    }
}
