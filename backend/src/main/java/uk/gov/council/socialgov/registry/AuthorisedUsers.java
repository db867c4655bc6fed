package uk.gov.council.socialgov.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other features (temporary access grants) may read and change in the registry: the
 * corporate accounts, and the authorised-user periods a grant opens and ends (D 2.3).
 */
@Singleton
public class AuthorisedUsers {

    /** An account as a grant names it. */
    @Serdeable
    public record Account(UUID id, String name, String platformLabel, String handle, boolean activeCorporate) {
    }

    private final AccountRegistryStore registry;

    AuthorisedUsers(AccountRegistryStore registry) {
        this.registry = registry;
    }

    /** The council's active corporate accounts: the ones temporary access is given to. */
    public List<Account> activeCorporateAccounts() {
        return registry.activeCorporate(List.of(Platform.values()), EngineClock.today()).stream().map(AuthorisedUsers::account).toList();
    }

    public Optional<Account> account(UUID id) {
        return registry.find(id, EngineClock.today()).map(AuthorisedUsers::account);
    }

    /** Someone who may post from an active account today, and under which grant (none for periods recorded without one). */
    public record Holder(UUID accountId, String accountName, String platformLabel, @Nullable String owner, String username,
                         @Nullable UUID grantId) {
    }

    /** Everyone who may post from each active account today, by account. */
    public List<Holder> currentHolders() {
        return registry.currentHolders(EngineClock.today());
    }

    /** The service manager who answers for the account, if it has one. */
    public Optional<String> ownerOf(UUID accountId) {
        return registry.find(accountId, EngineClock.today()).map(AccountRegistry.Row::owner);
    }

    /** Ends a period recorded without a grant (a grant's periods end with the grant). */
    public void end(UUID accountId, String username, LocalDate lastDay, String by) {
        registry.endAuthorisedUser(accountId, username, lastDay, by);
    }

    /** The people who answer for at least one active account, each once. */
    public List<String> ownersOfActiveAccounts() {
        return registry.ownersOfActiveAccounts();
    }

    /** How many active accounts have nobody answering for them. */
    public int activeAccountsWithoutOwner() {
        return registry.activeAccountsWithoutOwner();
    }

    /** Opens a period for the person on the account from that day, under the grant. */
    public void open(UUID accountId, String username, LocalDate from, String by, UUID grantId) {
        registry.openGrantPeriod(accountId, username, from, by, grantId);
    }

    /**
     * Ends every open period the grant opened, with its last day; a period that only began that
     * day ends that day. Answers how many ended.
     */
    public int endGrant(UUID grantId, LocalDate lastDay, String by) {
        return registry.endGrantPeriods(grantId, lastDay, by);
    }

    private static Account account(AccountRegistry.Row row) {
        return new Account(row.id(), row.name(), row.platform().label(), row.handle(),
                "ACTIVE".equals(row.status()) && "CORPORATE".equals(row.kind()));
    }
}
