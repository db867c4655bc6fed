package uk.gov.council.socialgov.accounts;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.CaseHeader;
import uk.gov.council.socialgov.cases.NeedToKnow;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.Groups;


/**
 * Who may read an account request: the communications team every request; whoever submitted it
 * theirs; the head of department asked to endorse it; a service manager every request of their
 * department in the organisation directory.
 */
@Singleton
class AccountRequestCases extends NeedToKnow<AccountRequest> {

    private final Directory directory;
    AccountRequestCases(AccountRequestStore requests, CaseExclusions exclusions, Directory directory) {
        super(AccountRequestProcess.CASE, exclusions, requests::findById, requests::destroy);
        this.directory = directory;
    }

    @Override
    protected boolean dealsWith(AccountRequest request, CurrentUser user) {
        return user.isIn(Groups.COMMS) || request.getSubmittedBy().equals(user.username()) || user.username().equals(request.getEndorser())
                || request.getDepartment().equalsIgnoreCase(departmentManagedBy(user));
    }

    /** The department whose requests this person sees as its service manager; null when they are not one, or have none. */
    String departmentManagedBy(CurrentUser user) {
        return user.isIn(Groups.SERVICE_MANAGERS) ? directory.departmentOf(user.username()).orElse(null) : null;
    }

    @Override
    protected CaseHeader header(AccountRequest request) {
        return new CaseHeader(request.getId().toString(), request.getReference(),
                request.getProposedName() + " on " + request.getPlatform().label(), request.getStatus().name(),
                request.getStatus().label(), request.getSubmittedAt(), request.getSubmittedBy());
    }

    @Override
    protected boolean open(AccountRequest request) {
        return !AccountRequestStatus.ENDED.contains(request.getStatus());
    }
}
