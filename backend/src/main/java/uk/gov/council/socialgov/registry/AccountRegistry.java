package uk.gov.council.socialgov.registry;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.policy.Platform;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other features do with the registry: bring an account a request set up into it, move a
 * campaign's end, close an account, and read an account and who may post from it. Callers hold a
 * transaction.
 */
@Singleton
public class AccountRegistry {

    public record Row(UUID id, Platform platform, String handle, String name, @Nullable String url, String department, String kind,
                      String status, @Nullable LocalDate campaignEndDate, @Nullable String owner, Instant createdAt,
                      @Nullable LocalDate lastActivityOn, @Nullable Instant deactivatedAt, @Nullable String deactivationReason,
                      @Nullable RegisteredAccount.Count latestCount, int authorisedUserCount, @Nullable LocalDate firstRecordedOn) {

        /** The handle as a case reference in task lists and the audit trail, which hold 40 characters. */
        String reference() {
            return handle.length() <= 40 ? handle : handle.substring(0, 39) + "\u2026";
        }
    }

    /** One person's period as an authorised user of an account, to_date inclusive and null while it lasts. */
    public record Period(String username, LocalDate fromDate, @Nullable LocalDate toDate) {
    }

    /** An account a request brought into being, active from now, with its owner. */
    public record NewAccount(Platform platform, String handle, String name, String url, String department, AccountKind kind,
                             @Nullable LocalDate campaignEndDate, String owner, UUID accountRequestId) {
    }

    private final AccountRegistryStore store;
    private final ApplicationEventPublisher<AccountClosed> closed;

    AccountRegistry(AccountRegistryStore store, ApplicationEventPublisher<AccountClosed> closed) {
        this.store = store;
        this.closed = closed;
    }

    /** Whether the registry already holds this handle on this platform, in any letter case. */
    public boolean holds(Platform platform, String handle) {
        return store.holds(platform, handle);
    }

    /** Adds the account, active from now, with these people authorised to post from it from today. */
    public UUID register(NewAccount account, Collection<String> authorisedUsers, Instant at, LocalDate from, String by) {
        UUID id = store.register(account, at);
        authorisedUsers.forEach(username -> store.addRequestPeriod(id, username, from, by, at, account.accountRequestId()));
        return id;
    }

    public void setCampaignEnd(UUID accountId, LocalDate end) {
        store.setCampaignEnd(accountId, end);
    }

    public Optional<Row> find(UUID id, LocalDate today) {
        return store.find(id, today);
    }

    public List<Period> authorisedUsers(UUID accountId) {
        return store.authorisedUsers(accountId);
    }

    /**
     * Closes the account and ends every open authorised-user period on that day; answers how many
     * ended. Features that depend on the account (requests, access grants) hear of it through
     * {@link AccountClosed}, in this transaction.
     */
    public int close(UUID accountId, String by, String reason, Instant at, LocalDate lastDay) {
        boolean wasActive = store.deactivate(accountId, by, reason, at);
        int ended = store.endAuthorisedUsers(accountId, lastDay, by);
        if (wasActive) {
            closed.publishEvent(new AccountClosed(accountId, by, reason));
        }
        return ended;
    }
}
