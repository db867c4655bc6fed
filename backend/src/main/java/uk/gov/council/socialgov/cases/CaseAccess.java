package uk.gov.council.socialgov.cases;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.identity.CurrentUser;

/** For features that keep things on other features' cases (evidence, legal holds): may this person read the case? */
@Singleton
public class CaseAccess {

    private final Cases cases;

    CaseAccess(Cases cases) {
        this.cases = cases;
    }

    /** The case's header; a case the person may not read is reported as missing (NotFoundException). */
    public CaseHeader readable(String type, String id, CurrentUser user) {
        return cases.readable(type, id, user);
    }

    /** Whether the case takes more records now (notes, documents): it is open, or closed under a legal hold. */
    public boolean acceptsRecords(String type, String id) {
        return cases.acceptsRecords(type, id);
    }

    /** Whether more evidence may be kept on the case now: a kind that keeps evidence, open or under a legal hold. */
    public boolean acceptsEvidence(String type, String id) {
        return cases.type(type).filter(CaseType::keepsEvidence).isPresent() && cases.acceptsRecords(type, id);
    }
}
