package uk.gov.council.socialgov.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.sql.Date;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
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

    private final AccountRegistry registry;
    private final JdbcOperations jdbc;

    AuthorisedUsers(AccountRegistry registry, JdbcOperations jdbc) {
        this.registry = registry;
        this.jdbc = jdbc;
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
        return jdbc.prepareStatement("select a.id, a.name, a.platform, a.owner, u.username, u.grant_id from authorised_user u "
                + "join social_account a on a.id = u.account_id where a.status = 'ACTIVE' and u.to_date is null "
                + "and u.from_date <= ? order by a.name, a.id, u.username", s -> {
            s.setDate(1, Date.valueOf(EngineClock.today()));
            List<Holder> holders = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    holders.add(new Holder(row.getObject(1, UUID.class), row.getString(2), Platform.valueOf(row.getString(3)).label(),
                            row.getString(4), row.getString(5), row.getObject(6, UUID.class)));
                }
            }
            return holders;
        });
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
        return jdbc.prepareStatement("select distinct owner from social_account where status = 'ACTIVE' and owner is not null order by owner", s -> {
            List<String> owners = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    owners.add(row.getString(1));
                }
            }
            return owners;
        });
    }

    /** How many active accounts have nobody answering for them. */
    public int activeAccountsWithoutOwner() {
        return jdbc.prepareStatement("select count(*) from social_account where status = 'ACTIVE' and owner is null", s -> {
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    /** Opens a period for the person on the account from that day, under the grant. */
    public void open(UUID accountId, String username, LocalDate from, String by, UUID grantId) {
        jdbc.prepareStatement("insert into authorised_user (id, account_id, username, from_date, added_by, grant_id) values (?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, accountId);
            s.setString(3, username);
            s.setDate(4, Date.valueOf(from));
            s.setString(5, by);
            s.setObject(6, grantId);
            return s.executeUpdate();
        });
    }

    /**
     * Ends every open period the grant opened, with its last day; a period that only began that
     * day ends that day. Answers how many ended.
     */
    public int endGrant(UUID grantId, LocalDate lastDay, String by) {
        return jdbc.prepareStatement("update authorised_user set to_date = greatest(from_date, ?), ended_by = ? "
                + "where grant_id = ? and to_date is null", s -> {
            s.setDate(1, Date.valueOf(lastDay));
            s.setString(2, by);
            s.setObject(3, grantId);
            return s.executeUpdate();
        });
    }

    private static Account account(AccountRegistry.Row row) {
        return new Account(row.id(), row.name(), row.platform().label(), row.handle(),
                "ACTIVE".equals(row.status()) && "CORPORATE".equals(row.kind()));
    }
}
