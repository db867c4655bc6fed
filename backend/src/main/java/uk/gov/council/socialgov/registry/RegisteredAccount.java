package uk.gov.council.socialgov.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.council.socialgov.policy.Platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** An account in the registry, as its list row and its page show it. */
@Serdeable
record RegisteredAccount(UUID id, Platform platform, String platformLabel, String handle, String name, @Nullable String url,
                         String department, String kind, String status, @Nullable String owner, @Nullable String ownerName,
                         @Nullable LocalDate lastActivityOn, @Nullable Count latestCount, int authorisedUserCount) {

    @Serdeable
    record Count(int count, String metric, LocalDate countedOn, @Nullable String recordedBy) {
    }

    /**
     * One period as an authorised user, and how it was given: {@code givenBy} is REQUEST (the account
     * request that set the account up), GRANT (a temporary access grant) or REGISTRY (a change the
     * communications team made, with who, when and why).
     */
    @Serdeable
    record AuthorisedUser(UUID id, String username, String userName, LocalDate fromDate, @Nullable LocalDate toDate,
                          String givenBy, @Nullable UUID accountRequestId, @Nullable UUID grantId, String addedBy, String addedByName,
                          @Nullable Instant addedAt, @Nullable String reason, @Nullable String endedBy, @Nullable String endedByName,
                          @Nullable Instant endedAt, @Nullable String endReason) {
    }

    /** The account page: the row plus its history. */
    @Serdeable
    record Details(UUID id, Platform platform, String platformLabel, String handle, String name, @Nullable String url,
                   String department, String kind, String status, @Nullable String owner, @Nullable String ownerName,
                   @Nullable LocalDate lastActivityOn, @Nullable Count latestCount, int authorisedUserCount,
                   @Nullable LocalDate campaignEndDate, Instant createdAt, @Nullable Instant deactivatedAt,
                   @Nullable String deactivationReason, List<Count> counts, List<AuthorisedUser> authorisedUsers,
                   List<LocalDate> activity, boolean mayRecordActivity, @Nullable LocalDate firstRecordedOn, boolean mayEdit) {
    }

    /** One line of the D 2.3 list: who could post from which account on a given date. */
    @Serdeable
    record AuthorisedOn(UUID accountId, String platformLabel, String handle, String name, String department, String username,
                        String userName, LocalDate fromDate, @Nullable LocalDate toDate) {
    }
}
