package uk.gov.council.socialgov.accounts;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.CaseHeader;
import uk.gov.council.socialgov.cases.NeedToKnow;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Groups;


/** Who may read an account request: the communications team every request; whoever submitted it theirs. */
@Singleton
class AccountRequestCases extends NeedToKnow<AccountRequest> {

    AccountRequestCases(AccountRequestStore requests, CaseExclusions exclusions) {
        super(AccountRequestProcess.CASE, exclusions, requests::findById);
    }

    @Override
    protected boolean dealsWith(AccountRequest request, CurrentUser user) {
        return user.isIn(Groups.COMMS) || request.getSubmittedBy().equals(user.username());
    }

    @Override
    protected CaseHeader header(AccountRequest request) {
        return new CaseHeader(request.getId().toString(), request.getReference(),
                request.getProposedName() + " on " + request.getPlatform().label(), request.getStatus().name(),
                request.getStatus().label(), request.getSubmittedAt(), request.getSubmittedBy());
    }
}
