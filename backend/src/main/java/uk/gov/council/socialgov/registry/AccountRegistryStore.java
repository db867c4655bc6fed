package uk.gov.council.socialgov.registry;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;
import uk.gov.council.socialgov.policy.Platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/** The registry tables. Callers hold a transaction and have checked who may see what. */
@Singleton
class AccountRegistryStore {

    /** Filters of the registry list; null means any. {@code visibleTo} limits it to accounts a person owns or may post from. */
    record Filter(@Nullable Platform platform, @Nullable String kind, @Nullable String status, @Nullable String text,
                  @Nullable String visibleTo) {
    }

    record PeriodOnAccount(UUID accountId, Platform platform, String handle, String name, String department, AccountRegistry.Period period) {
    }

    private static final String ROW = """
            select a.*,
                   case when a.status = 'ACTIVE' then
                       (select count(*) from authorised_user u where u.account_id = a.id and u.from_date <= ?
                            and (u.to_date is null or u.to_date >= ?)) else 0 end as authorised_now,
                   c.count as latest_count, c.metric as latest_metric, c.counted_on as latest_counted_on, c.recorded_by as latest_by
            from social_account a
            left join lateral (select * from social_account_count c where c.account_id = a.id
                               order by c.counted_on desc limit 1) c on true
            """;

    /**
     * The registry list's filters, each of which a null leaves out (parameters from {@link #matching}):
     * platform, kind, status, text in the name, handle or department, and the person who owns the
     * account or may post from it.
     */
    private static final String MATCHING = """
            where (cast(? as varchar) is null or a.platform = ?)
              and (cast(? as varchar) is null or a.kind = ?)
              and (cast(? as varchar) is null or a.status = ?)
              and (cast(? as varchar) is null or a.name ilike ? or a.handle ilike ? or a.department ilike ?)
              and (cast(? as varchar) is null or a.owner = ?
                   or exists (select 1 from authorised_user u where u.account_id = a.id and u.username = ? and u.to_date is null))
            """;

    private final Sql sql;

    AccountRegistryStore(Sql sql) {
        this.sql = sql;
    }

    List<AccountRegistry.Row> page(Filter filter, LocalDate today, int offset, int limit) {
        Object[] parameters = Stream.of(new Object[] {today, today}, matching(filter), new Object[] {limit, offset})
                .flatMap(Arrays::stream).toArray();
        return sql.list(ROW + MATCHING + "order by a.status, a.kind, lower(a.name), a.id limit ? offset ?", AccountRegistryStore::row,
                parameters);
    }

    long count(Filter filter) {
        return sql.number("select count(*) from social_account a\n" + MATCHING, matching(filter));
    }

    Optional<AccountRegistry.Row> find(UUID id, LocalDate today) {
        return sql.optional(ROW + " where a.id = ?", AccountRegistryStore::row, today, today, id);
    }

    /** The account with this handle on this platform, in any letter case. */
    Optional<AccountRegistry.Row> find(Platform platform, String handle, LocalDate today) {
        return sql.optional(ROW + " where a.platform = ? and lower(a.handle) = lower(?)", AccountRegistryStore::row, today, today, platform, handle);
    }

    boolean isAuthorisedOn(UUID accountId, String username, LocalDate date) {
        return sql.exists("select 1 from authorised_user where account_id = ? and username = ? and from_date <= ? "
                + "and (to_date is null or to_date >= ?)", accountId, username, date, date);
    }

    List<RegisteredAccount.Count> counts(UUID accountId) {
        return sql.list("select count, metric, counted_on, recorded_by from social_account_count where account_id = ? "
                + "order by counted_on desc, metric",
                row -> new RegisteredAccount.Count(row.getInt(1), row.getString(2), Sql.date(row, 3), row.getString(4)), accountId);
    }

    /** Authorised users of one account: current ones first, then by newest period. */
    List<AccountRegistry.Period> authorisedUsers(UUID accountId) {
        return sql.list("select username, from_date, to_date from authorised_user where account_id = ? "
                + "order by (to_date is null) desc, from_date desc, username",
                row -> new AccountRegistry.Period(row.getString(1), Sql.date(row, 2), Sql.date(row, 3)), accountId);
    }

    List<LocalDate> recentActivity(UUID accountId, int limit) {
        return sql.list("select active_on from social_account_activity where account_id = ? order by active_on desc limit ?",
                row -> Sql.date(row, 1), accountId, limit);
    }

    /** Records a day of activity once; answers false if it was already recorded. */
    boolean recordActivity(UUID accountId, LocalDate day, String by, Instant at) {
        int inserted = sql.update("insert into social_account_activity (account_id, active_on, recorded_by, recorded_at) "
                + "values (?, ?, ?, ?) on conflict do nothing", accountId, day, by, at);
        sql.update("update social_account set last_activity_on = greatest(coalesce(last_activity_on, ?), ?) where id = ?", day, day, accountId);
        return inserted == 1;
    }

    void addAuthorisedUser(UUID accountId, String username, LocalDate from, String by, String reason) {
        sql.update("insert into authorised_user (id, account_id, username, from_date, added_by, reason) values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), accountId, username, from, by, reason);
    }

    /** Ends a person's open period on the account with its last day. */
    void endAuthorisedUser(UUID accountId, String username, LocalDate lastDay, String by) {
        sql.update("update authorised_user set to_date = ?, ended_by = ? where account_id = ? and username = ? and to_date is null",
                lastDay, by, accountId, username);
    }

    /** Active accounts with nothing recorded since the cut-off (nor created or kept open by a review since). */
    List<AccountRegistry.Row> inactiveSince(LocalDate cutOff, LocalDate today) {
        return sql.list(ROW + " where a.status = 'ACTIVE' and greatest(coalesce(a.last_activity_on, date '1900-01-01'), "
                + "cast(a.created_at at time zone 'Europe/London' as date), coalesce(a.inactivity_reviewed_on, date '1900-01-01')) < ? "
                + "order by a.id", AccountRegistryStore::row, today, today, cutOff);
    }

    void markInactivityReviewed(UUID accountId, LocalDate on) {
        sql.update("update social_account set inactivity_reviewed_on = ? where id = ?", on, accountId);
    }

    /** Closes an active account; answers false if it was not active. */
    boolean deactivate(UUID accountId, String by, String reason, Instant at) {
        return sql.update("update social_account set status = 'DEACTIVATED', deactivated_at = ?, deactivated_by = ?, "
                + "deactivation_reason = ? where id = ? and status = 'ACTIVE'", at, by, reason, accountId) > 0;
    }

    /** Ends every open period of this person, on any account, with its last day; answers how many ended. */
    int endPeriodsOf(String username, LocalDate lastDay, String by) {
        return sql.update("update authorised_user set to_date = greatest(from_date, ?), ended_by = ? "
                + "where username = ? and to_date is null", lastDay, by, username);
    }

    /** Ends every open authorised-user period on the account with its last day; answers how many ended. */
    int endAuthorisedUsers(UUID accountId, LocalDate lastDay, String by) {
        return sql.update("update authorised_user set to_date = greatest(from_date, ?), ended_by = ? "
                + "where account_id = ? and to_date is null", lastDay, by, accountId);
    }

    /** Active corporate accounts on these platforms (D 5.2 applies to corporate accounts only). */
    List<AccountRegistry.Row> activeCorporate(List<Platform> platforms, LocalDate today) {
        return sql.list(ROW + " where a.status = 'ACTIVE' and a.kind = 'CORPORATE' and a.platform = any(?) order by lower(a.name), a.platform",
                AccountRegistryStore::row, today, today, platforms);
    }

    /** A count read on a day; a second reading for the same day and metric replaces the first. */
    void recordCount(UUID accountId, LocalDate countedOn, String metric, int count, String by) {
        sql.update("insert into social_account_count (account_id, counted_on, metric, count, recorded_by) values (?, ?, ?, ?, ?) "
                + "on conflict (account_id, counted_on, metric) do update set count = excluded.count, recorded_by = excluded.recorded_by",
                accountId, countedOn, metric, count, by);
    }

    /** Days with recorded activity between two dates inclusive. */
    int activeDays(UUID accountId, LocalDate from, LocalDate to) {
        return (int) sql.number("select count(*) from social_account_activity where account_id = ? and active_on between ? and ?",
                accountId, from, to);
    }

    UUID register(AccountRegistry.NewAccount account, Instant at) {
        UUID id = UUID.randomUUID();
        sql.update("insert into social_account (id, platform, handle, name, url, department, kind, status, "
                + "campaign_end_date, owner, account_request_id, created_at) values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)",
                id, account.platform(), account.handle(), account.name(), account.url(), account.department(), account.kind(),
                account.campaignEndDate(), account.owner(), account.accountRequestId(), at);
        return id;
    }

    /** Whether the registry already holds this handle on this platform, in any letter case. */
    boolean holds(Platform platform, String handle) {
        return sql.exists("select 1 from social_account where platform = ? and lower(handle) = lower(?)", platform, handle);
    }

    void setCampaignEnd(UUID accountId, LocalDate end) {
        sql.update("update social_account set campaign_end_date = ? where id = ?", end, accountId);
    }

    void setOwner(UUID accountId, String owner) {
        sql.update("update social_account set owner = ? where id = ?", owner, accountId);
    }

    boolean anyAuthorisedUsers() {
        return sql.exists("select 1 from authorised_user limit 1");
    }

    /** Everyone authorised on any account on that date (D 2.3), by account then person. */
    List<PeriodOnAccount> authorisedOn(LocalDate date) {
        return sql.list("""
                select a.id, a.platform, a.handle, a.name, a.department, u.username, u.from_date, u.to_date
                from authorised_user u join social_account a on a.id = u.account_id
                where u.from_date <= ? and (u.to_date is null or u.to_date >= ?)
                order by lower(a.name), a.platform, u.username""",
                row -> new PeriodOnAccount(Sql.uuid(row, 1), Platform.valueOf(row.getString(2)), row.getString(3),
                        row.getString(4), row.getString(5), new AccountRegistry.Period(row.getString(6), Sql.date(row, 7), Sql.date(row, 8))),
                date, date);
    }

    /** Everyone who may post from each active account on that day, by account. */
    List<AuthorisedUsers.Holder> currentHolders(LocalDate today) {
        return sql.list("select a.id, a.name, a.platform, a.owner, u.username, u.grant_id from authorised_user u "
                + "join social_account a on a.id = u.account_id where a.status = 'ACTIVE' and u.to_date is null "
                + "and u.from_date <= ? order by a.name, a.id, u.username",
                row -> new AuthorisedUsers.Holder(Sql.uuid(row, 1), row.getString(2), Platform.valueOf(row.getString(3)).label(),
                        row.getString(4), row.getString(5), Sql.uuid(row, 6)), today);
    }

    /** The people who answer for at least one active account, each once. */
    List<String> ownersOfActiveAccounts() {
        return sql.list("select distinct owner from social_account where status = 'ACTIVE' and owner is not null order by owner",
                row -> row.getString(1));
    }

    int activeAccountsWithoutOwner() {
        return (int) sql.number("select count(*) from social_account where status = 'ACTIVE' and owner is null");
    }

    /** Opens a period for the person on the account from that day, under the grant. */
    void openGrantPeriod(UUID accountId, String username, LocalDate from, String by, UUID grantId) {
        sql.update("insert into authorised_user (id, account_id, username, from_date, added_by, grant_id) values (?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), accountId, username, from, by, grantId);
    }

    /** Ends every open period the grant opened with its last day (one that only began that day ends that day); answers how many. */
    int endGrantPeriods(UUID grantId, LocalDate lastDay, String by) {
        return sql.update("update authorised_user set to_date = greatest(from_date, ?), ended_by = ? where grant_id = ? and to_date is null",
                lastDay, by, grantId);
    }

    /** One authorised-user period with how it was given and how it ended. */
    record PeriodRecord(UUID id, UUID accountId, String username, LocalDate fromDate, @Nullable LocalDate toDate, String addedBy,
                        @Nullable Instant addedAt, @Nullable String reason, @Nullable UUID grantId, @Nullable UUID accountRequestId,
                        @Nullable String endedBy, @Nullable Instant endedAt, @Nullable String endReason) {
    }

    /** A period the communications team (or the register import) recorded, with its reason. */
    record NewPeriod(String username, LocalDate fromDate, @Nullable LocalDate toDate, String reason) {
    }

    private static final String PERIOD = "select id, account_id, username, from_date, to_date, added_by, added_at, reason, grant_id, "
            + "account_request_id, ended_by, ended_at, end_reason from authorised_user ";

    /** An account that predates SocialGov, active from now, first recorded by the council on that day (if known). */
    UUID addExisting(AccountDetails account, @Nullable String owner, @Nullable LocalDate firstRecordedOn, Instant at) {
        UUID id = UUID.randomUUID();
        sql.update("insert into social_account (id, platform, handle, name, url, department, kind, status, campaign_end_date, owner, "
                + "first_recorded_on, created_at) values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)",
                id, account.platform(), account.handle(), account.name(), account.url(), account.department(), account.kind(),
                account.campaignEndDate(), owner, firstRecordedOn, at);
        return id;
    }

    void updateDetails(UUID accountId, AccountDetails account) {
        sql.update("update social_account set platform = ?, handle = ?, name = ?, url = ?, department = ?, kind = ?, campaign_end_date = ? "
                + "where id = ?", account.platform(), account.handle(), account.name(), account.url(), account.department(),
                account.kind(), account.campaignEndDate(), accountId);
    }

    /** Whether another account already has this handle on this platform, in any letter case. */
    boolean holdsOther(Platform platform, String handle, UUID accountId) {
        return sql.exists("select 1 from social_account where platform = ? and lower(handle) = lower(?) and id <> ?",
                platform, handle, accountId);
    }

    UUID addPeriod(UUID accountId, NewPeriod period, String by, Instant at) {
        UUID id = UUID.randomUUID();
        sql.update("insert into authorised_user (id, account_id, username, from_date, to_date, added_by, added_at, reason) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", id, accountId, period.username(), period.fromDate(), period.toDate(), by, at,
                period.reason());
        return id;
    }

    /** A period the account's request opened when the account entered the registry. */
    void addRequestPeriod(UUID accountId, String username, LocalDate from, String by, Instant at, UUID accountRequestId) {
        sql.update("insert into authorised_user (id, account_id, username, from_date, added_by, added_at, account_request_id) "
                + "values (?, ?, ?, ?, ?, ?, ?)", UUID.randomUUID(), accountId, username, from, by, at, accountRequestId);
    }

    /** Whether the person has any period on the account that shares a day with from..to (to null: for good). */
    boolean overlaps(UUID accountId, String username, LocalDate from, @Nullable LocalDate to) {
        return sql.exists("select 1 from authorised_user where account_id = ? and username = ? "
                + "and (to_date is null or to_date >= ?) and (cast(? as date) is null or from_date <= ?)",
                accountId, username, from, to, to);
    }

    /** Whether the person may post from the account today or has access that starts later. */
    boolean mayPostFromOrAfter(UUID accountId, String username, LocalDate today) {
        return sql.exists("select 1 from authorised_user where account_id = ? and username = ? and (to_date is null or to_date >= ?)",
                accountId, username, today);
    }

    void setFirstRecorded(UUID accountId, LocalDate firstRecordedOn) {
        sql.update("update social_account set first_recorded_on = ? where id = ?", firstRecordedOn, accountId);
    }

    Optional<PeriodRecord> period(UUID periodId) {
        return sql.optional(PERIOD + "where id = ? for update", AccountRegistryStore::period, periodId);
    }

    /** Every period of the account: current ones first, then by newest. */
    List<PeriodRecord> history(UUID accountId) {
        return sql.list(PERIOD + "where account_id = ? order by (to_date is null) desc, from_date desc, username",
                AccountRegistryStore::period, accountId);
    }

    void endPeriod(UUID periodId, LocalDate lastDay, String by, Instant at, String reason) {
        sql.update("update authorised_user set to_date = ?, ended_by = ?, ended_at = ?, end_reason = ? where id = ?",
                lastDay, by, at, reason, periodId);
    }

    private static PeriodRecord period(ResultSet row) throws SQLException {
        return new PeriodRecord(Sql.uuid(row, "id"), Sql.uuid(row, "account_id"), row.getString("username"), Sql.date(row, "from_date"),
                Sql.date(row, "to_date"), row.getString("added_by"), Sql.instant(row, "added_at"), row.getString("reason"),
                Sql.uuid(row, "grant_id"), Sql.uuid(row, "account_request_id"), row.getString("ended_by"), Sql.instant(row, "ended_at"),
                row.getString("end_reason"));
    }

    /** The filters' parameters for {@link #MATCHING}, two or more for each: one to test for null, the rest to compare. */
    private static Object[] matching(Filter filter) {
        String like = filter.text() == null ? null
                : "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return new Object[] {filter.platform(), filter.platform(), filter.kind(), filter.kind(), filter.status(), filter.status(),
                like, like, like, like, filter.visibleTo(), filter.visibleTo(), filter.visibleTo()};
    }

    private static AccountRegistry.Row row(ResultSet row) throws SQLException {
        LocalDate countedOn = Sql.date(row, "latest_counted_on");
        return new AccountRegistry.Row(Sql.uuid(row, "id"), Platform.valueOf(row.getString("platform")), row.getString("handle"),
                row.getString("name"), row.getString("url"), row.getString("department"), row.getString("kind"),
                row.getString("status"), Sql.date(row, "campaign_end_date"), row.getString("owner"),
                Sql.instant(row, "created_at"), Sql.date(row, "last_activity_on"),
                Sql.instant(row, "deactivated_at"), row.getString("deactivation_reason"),
                countedOn == null ? null : new RegisteredAccount.Count(row.getInt("latest_count"), row.getString("latest_metric"),
                        countedOn, row.getString("latest_by")),
                row.getInt("authorised_now"), Sql.date(row, "first_recorded_on"));
    }
}
