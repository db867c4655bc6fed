package uk.gov.council.socialgov.harassment;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.CaseHeader;
import uk.gov.council.socialgov.cases.NeedToKnow;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Groups;


/** Who may read a harassment report (ROLES.md): the councillor it is about and the Monitoring Officer and deputy; nobody excluded. */
@Singleton
class HarassmentCases extends NeedToKnow<HarassmentReport> {

    HarassmentCases(HarassmentStore store, CaseExclusions exclusions) {
        super(HarassmentProcess.CASE, exclusions, store::find, store::destroy);
    }

    @Override
    protected boolean dealsWith(HarassmentReport report, CurrentUser user) {
        return report.member().equals(user.username()) || user.isIn(Groups.MONITORING_OFFICER);
    }

    @Override
    protected CaseHeader header(HarassmentReport report) {
        return new CaseHeader(report.id().toString(), report.reference(), "Harassment reported by a councillor", report.status().name(),
                report.status().label(), report.reportedAt(), report.reportedBy());
    }

    @Override
    protected boolean open(HarassmentReport report) {
        return report.open();
    }

    /** Posts can be kept as evidence while the case is open (or held). */
    @Override
    public boolean keepsEvidence() {
        return true;
    }
}
