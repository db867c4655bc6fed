package uk.gov.council.socialgov.access;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.PersonalRecords;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.List;
import java.util.Optional;

/** What temporary access grants hold about a person: grants they have, asked for or endorsed, the statements they signed, names in the text. */
@Singleton
class AccessGrantRecords implements PersonalRecords {

    private final AccessGrantStore grants;
    private final GrantRecordStore records;

    AccessGrantRecords(AccessGrantStore grants, GrantRecordStore records) {
        this.grants = grants;
        this.records = records;
    }

    @Override
    public List<Held> about(Sought person) {
        return grants.about(person.username(), person.names()).stream()
                .map(grants::findById).flatMap(Optional::stream)
                .map(grant -> held(grant, person)).flatMap(Optional::stream)
                .toList();
    }

    private Optional<Held> held(AccessGrant grant, Sought person) {
        Finding finding = new Finding(person, AccessGrantProcess.CASE_KIND, "Temporary access", grant.getId().toString(),
                grant.getReference(), grant.getStatus().label())
                .person("Grantee", "Access for", grant.getGrantee())
                .person("Requester", "Asked for by", grant.getRequestedBy())
                .person("Endorser", "Line manager endorsing", grant.getLineManager())
                .involving(grant.getGrantee(), grant.getRequestedBy());
        records.signatures(grant.getId()).forEach(signature -> finding.person("Signed the usage statement",
                "Usage statement version " + signature.statementVersion() + " signed on " + PersonalRecords.day(signature.signedAt()),
                signature.signedBy()));
        if (finding.hasPart()) {
            finding.detail("Asked for on", PersonalRecords.day(grant.getRequestedAt()))
                    .detail("Agreed end date", grant.getAgreedEndDate() == null ? null
                            : EngineClock.ukDate(grant.getAgreedEndDate()));
        }
        finding.text("Purpose", grant.getPurpose())
                .text("Intended use", grant.getIntendedUse())
                .text("Specific do's and don'ts", grant.getSpecificTerms())
                .text("Reason for the decision", grant.getDecisionReason())
                .text("Reason access ended", grant.getEndReason());
        return finding.held();
    }
}
