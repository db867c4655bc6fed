package uk.gov.council.socialgov.access;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.CaseHeader;
import uk.gov.council.socialgov.cases.CaseKind;
import uk.gov.council.socialgov.cases.CaseType;
import uk.gov.council.socialgov.identity.CurrentUser;

import java.util.Optional;

/** Access grants on the shared case page, readable by the same people as the grant itself. */
@Singleton
class AccessGrantCases implements CaseType {

    private final AccessGrantService grants;

    AccessGrantCases(AccessGrantService grants) {
        this.grants = grants;
    }

    @Override
    public CaseKind kind() {
        return AccessGrantProcess.CASE;
    }

    @Override
    public Optional<CaseHeader> readableBy(String caseId, CurrentUser user) {
        return CaseType.uuid(caseId).flatMap(id -> grants.readableBy(id, user)).map(grant -> new CaseHeader(
                grant.getId().toString(), grant.getReference(), "Temporary access to corporate accounts", grant.getStatus().name(),
                grant.getStatus().label(), grant.getRequestedAt(), grant.getRequestedBy()));
    }
}
