package uk.gov.council.socialgov.access;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.CaseHeader;
import uk.gov.council.socialgov.cases.NeedToKnow;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Groups;

import java.util.List;

/** Who may read an access grant: the communications team every grant; the person, whoever asked and their line manager theirs. */
@Singleton
class AccessGrantCases extends NeedToKnow<AccessGrant> {

    AccessGrantCases(AccessGrantStore grants, CaseExclusions exclusions) {
        super(AccessGrantProcess.CASE, exclusions, grants::findById, grants::destroy);
    }

    @Override
    protected boolean dealsWith(AccessGrant grant, CurrentUser user) {
        return user.isIn(Groups.COMMS) || List.of(grant.getGrantee(), grant.getRequestedBy(), grant.getLineManager()).contains(user.username());
    }

    @Override
    protected CaseHeader header(AccessGrant grant) {
        return new CaseHeader(grant.getId().toString(), grant.getReference(), "Temporary access to corporate accounts",
                grant.getStatus().name(), grant.getStatus().label(), grant.getRequestedAt(), grant.getRequestedBy());
    }

    @Override
    protected boolean open(AccessGrant grant) {
        return !AccessGrantStatus.ENDED.contains(grant.getStatus());
    }
}
