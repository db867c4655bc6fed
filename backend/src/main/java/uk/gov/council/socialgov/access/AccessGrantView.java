package uk.gov.council.socialgov.access;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.council.socialgov.registry.AuthorisedUsers;

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

    /** A grant in full, in parts: who and which accounts, what was asked and why, what was decided and done, the signed statement. */
    @Serdeable
    record Details(UUID id, String reference, String grantee, String granteeName, List<AuthorisedUsers.Account> accounts,
                   AccessGrantStatus status, String statusLabel, @JsonUnwrapped Asked asked, @JsonUnwrapped Decided decided,
                   Statement statement, List<Signature> signatures, boolean mayRemove) {
    }

    @Serdeable
    record Asked(Instant requestedAt, String requestedBy, String requestedByName, String lineManager, String lineManagerName,
                 LocalDate requestedEndDate, String purpose, String intendedUse, @Nullable String specificTerms) {
    }

    @Serdeable
    record Decided(@Nullable LocalDate agreedEndDate, @Nullable String decisionReason, @Nullable String decidedBy,
                   @Nullable Instant activatedAt, @Nullable Instant endedAt, @Nullable String endReason) {
    }
}
