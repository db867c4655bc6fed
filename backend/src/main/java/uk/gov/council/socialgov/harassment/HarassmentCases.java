package uk.gov.council.socialgov.harassment;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.CaseHeader;
import uk.gov.council.socialgov.cases.CaseKind;
import uk.gov.council.socialgov.cases.CaseType;
import uk.gov.council.socialgov.identity.CurrentUser;

import java.util.Optional;

/** Harassment reports on the shared case page, for the councillor and the Monitoring Officer only. */
@Singleton
class HarassmentCases implements CaseType {

    private final HarassmentNeedToKnow needToKnow;
    private final HarassmentStore store;

    HarassmentCases(HarassmentNeedToKnow needToKnow, HarassmentStore store) {
        this.needToKnow = needToKnow;
        this.store = store;
    }

    @Override
    public CaseKind kind() {
        return HarassmentProcess.CASE;
    }

    @Override
    public Optional<CaseHeader> readableBy(String caseId, CurrentUser user) {
        return CaseType.uuid(caseId).flatMap(id -> needToKnow.readableBy(id, user)).map(report -> new CaseHeader(
                report.id().toString(), report.reference(), "Harassment reported by a councillor", report.status().name(),
                report.status().label(), report.reportedAt(), report.reportedBy()));
    }

    /** The councillor and the Monitoring Officer can keep posts until the report closes. */
    @Override
    public boolean acceptsEvidence(String caseId) {
        return CaseType.uuid(caseId).flatMap(store::find).map(HarassmentReport::open).orElse(false);
    }
}
