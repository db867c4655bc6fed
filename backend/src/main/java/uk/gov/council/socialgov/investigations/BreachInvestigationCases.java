package uk.gov.council.socialgov.investigations;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.CaseHeader;
import uk.gov.council.socialgov.cases.CaseKind;
import uk.gov.council.socialgov.cases.CaseType;
import uk.gov.council.socialgov.identity.CurrentUser;

import java.util.Optional;

/** Breach investigations on the shared case page, readable only by those who deal with them. */
@Singleton
class BreachInvestigationCases implements CaseType {

    private final NeedToKnow needToKnow;
    private final BreachCaseStore store;

    BreachInvestigationCases(NeedToKnow needToKnow, BreachCaseStore store) {
        this.needToKnow = needToKnow;
        this.store = store;
    }

    @Override
    public CaseKind kind() {
        return BreachInvestigationProcess.CASE;
    }

    @Override
    public Optional<CaseHeader> readableBy(String caseId, CurrentUser user) {
        return CaseType.uuid(caseId).flatMap(id -> needToKnow.readableBy(id, user)).map(found -> new CaseHeader(
                found.id().toString(), found.reference(), found.subjectKind().caseKindLabel(), found.status().name(),
                found.status().label(), found.reportedAt(), found.reportedBy()));
    }

    /** Posts can be kept as evidence until the case closes. */
    @Override
    public boolean acceptsEvidence(String caseId) {
        return CaseType.uuid(caseId).flatMap(store::find).map(BreachCase::open).orElse(false);
    }
}
