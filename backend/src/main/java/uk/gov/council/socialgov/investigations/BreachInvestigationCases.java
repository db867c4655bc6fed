package uk.gov.council.socialgov.investigations;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.CaseHeader;
import uk.gov.council.socialgov.cases.NeedToKnow;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;


/**
 * Who may read a breach case (ROLES.md): HR for employees, the Monitoring Officer for councillors,
 * and the appointed investigator; never anyone involved or excluded, which includes the reporter and the subject.
 */
@Singleton
class BreachInvestigationCases extends NeedToKnow<BreachCase> {

    BreachInvestigationCases(BreachCaseStore store, CaseExclusions exclusions) {
        super(BreachInvestigationProcess.CASE, exclusions, store::find, store::destroy);
    }

    @Override
    protected boolean dealsWith(BreachCase found, CurrentUser user) {
        return (user.isIn(found.reported().subjectKind().group()) || user.username().equals(found.routing().investigator()))
                && !found.involves(user.username());
    }

    @Override
    protected CaseHeader header(BreachCase found) {
        return new CaseHeader(found.id().toString(), found.reference(), found.reported().subjectKind().caseKindLabel(),
                found.status().name(), found.status().label(), found.reported().reportedAt(), found.reported().reportedBy());
    }

    @Override
    protected boolean open(BreachCase found) {
        return found.open();
    }

    /** Posts can be kept as evidence while the case is open (or held). */
    @Override
    public boolean keepsEvidence() {
        return true;
    }
}
