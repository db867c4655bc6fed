package uk.gov.council.socialgov.cases;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.tasks.CaseReaders;

/** Answers the task pages' question through the owning feature's {@link CaseType}. */
@Singleton
class CaseReadersByType implements CaseReaders {

    private final Cases cases;

    CaseReadersByType(Cases cases) {
        this.cases = cases;
    }

    @Override
    public boolean mayReadWhole(String caseKind, String caseId, CurrentUser user) {
        return cases.type(caseKind).map(type -> type.readableBy(caseId, user).isPresent()).orElse(true);
    }
}
