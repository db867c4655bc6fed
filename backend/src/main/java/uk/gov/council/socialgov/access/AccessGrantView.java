package uk.gov.council.socialgov.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.council.socialgov.accounts.AuthorisedUsers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A grant as its list row shows it, and as its page shows it. */
final class AccessGrantView {

    private AccessGrantView() {
    }

    @Serdeable
    record Summary(UUID id, String reference, String grantee, String granteeName, List<AuthorisedUsers.Account> accounts,
                   AccessGrantStatus status, String statusLabel, LocalDate requestedEndDate, @Nullable LocalDate agreedEndDate,
                   Instant requestedAt) {
    }

    @Serdeable
    record Signature(String statementVersion, String statementSha256, String signedBy, String signedByName, Instant signedAt) {
    }

    @Serdeable
    record Details(UUID id, String reference, String grantee, String granteeName, List<AuthorisedUsers.Account> accounts,
                   AccessGrantStatus status, String statusLabel, LocalDate requestedEndDate, @Nullable LocalDate agreedEndDate,
                   Instant requestedAt, String requestedBy, String requestedByName, String lineManager, String lineManagerName,
                   String purpose, String intendedUse, @Nullable String specificTerms, @Nullable String decisionReason,
                   @Nullable String decidedBy, @Nullable Instant activatedAt, @Nullable Instant endedAt, @Nullable String endReason,
                   Statement statement, List<Signature> signatures, boolean mayRemove) {
    }
}
