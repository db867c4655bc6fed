package uk.gov.council.socialgov.accounts;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.CaseHeader;
import uk.gov.council.socialgov.cases.CaseKind;
import uk.gov.council.socialgov.cases.CaseType;
import uk.gov.council.socialgov.identity.CurrentUser;

import java.util.Optional;

/** Account requests on the shared case page, read under the same rule as the request itself. */
@Singleton
class AccountRequestCases implements CaseType {

    private final AccountRequestService requests;

    AccountRequestCases(AccountRequestService requests) {
        this.requests = requests;
    }

    @Override
    public CaseKind kind() {
        return AccountRequestProcess.CASE;
    }

    @Override
    public Optional<CaseHeader> readableBy(String caseId, CurrentUser user) {
        return CaseType.uuid(caseId).flatMap(id -> requests.readableBy(id, user)).map(request -> new CaseHeader(request.getId().toString(), request.getReference(),
                request.getProposedName() + " on " + request.getPlatform().label(), request.getStatus().name(),
                request.getStatus().label(), request.getSubmittedAt(), request.getSubmittedBy()));
    }
}
