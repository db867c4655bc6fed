package uk.gov.council.socialgov.access;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.CaseRecords;
import uk.gov.council.socialgov.cases.CaseType;
import uk.gov.council.socialgov.database.Sql;

import java.util.List;

/** A certification campaign's records (the campaign and each decision with its reason), disposed of when its retention ends. */
@Singleton
class CertificationRecords implements CaseRecords {

    private final CertificationStore certifications;

    CertificationRecords(CertificationStore certifications) {
        this.certifications = certifications;
    }

    @Override
    public String name() {
        return CertificationSteps.CASE_KIND;
    }

    @Override
    public List<Sql.Deleted> destroyRecords(String caseId) {
        return CaseType.uuid(caseId).map(certifications::destroy).orElse(List.of());
    }
}
