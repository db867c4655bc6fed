package uk.gov.council.socialgov.accounts;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The registry tables. Callers hold a transaction and have checked who may see what. */
@Singleton
class AccountRegistry {

    /** Filters of the registry list; null means any. {@code visibleTo} limits it to accounts a person owns or may post from. */
    record Filter(@Nullable Platform platform, @Nullable String kind, @Nullable String status, @Nullable String text,
                  @Nullable String visibleTo) {
    }

    record Row(UUID id, Platform platform, String handle, String name, @Nullable String url, String department, String kind,
               String status, @Nullable LocalDate campaignEndDate, @Nullable String owner, Instant createdAt,
               @Nullable LocalDate lastActivityOn, @Nullable Instant deactivatedAt, @Nullable String deactivationReason,
               @Nullable RegisteredAccount.Count latestCount, int authorisedUserCount) {

        /** The handle as a case reference in task lists and the audit trail, which hold 40 characters. */
        String reference() {
            return handle.length() <= 40 ? handle : handle.substring(0, 39) + "\u2026";
        }
    }

    /** One person's period as an authorised user of an account, to_date inclusive and null while it lasts. */
    record Period(String username, LocalDate fromDate, @Nullable LocalDate toDate) {
    }

    record PeriodOnAccount(UUID accountId, Platform platform, String handle, String name, String department, Period period) {
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

    private final JdbcOperations jdbc;
    private final ApplicationEventPublisher<AccountClosed> closures;

    AccountRegistry(JdbcOperations jdbc, ApplicationEventPublisher<AccountClosed> closures) {
        this.jdbc = jdbc;
        this.closures = closures;
    }

    List<Row> page(Filter filter, LocalDate today, int offset, int limit) {
        List<Object> parameters = new ArrayList<>(List.of(today, today));
        String where = where(filter, parameters);
        parameters.add(limit);
        parameters.add(offset);
        return rows(ROW + where + " order by a.status, a.kind, lower(a.name), a.id limit ? offset ?", parameters);
    }

    long count(Filter filter) {
        List<Object> parameters = new ArrayList<>();
        String where = where(filter, parameters);
        return jdbc.prepareStatement("select count(*) from social_account a " + where, s -> {
            bind(s, parameters);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    Optional<Row> find(UUID id, LocalDate today) {
        return rows(ROW + " where a.id = ?", List.of(today, today, id)).stream().findFirst();
    }

    /** The account with this handle on this platform, in any letter case. */
    Optional<Row> find(Platform platform, String handle, LocalDate today) {
        return rows(ROW + " where a.platform = ? and lower(a.handle) = lower(?)", List.of(today, today, platform.name(), handle))
                .stream().findFirst();
    }

    boolean isAuthorisedOn(UUID accountId, String username, LocalDate date) {
        return jdbc.prepareStatement("select 1 from authorised_user where account_id = ? and username = ? and from_date <= ? "
                + "and (to_date is null or to_date >= ?)", s -> {
            bind(s, List.of(accountId, username, date, date));
            try (ResultSet row = s.executeQuery()) {
                return row.next();
            }
        });
    }

    List<RegisteredAccount.Count> counts(UUID accountId) {
        return jdbc.prepareStatement("select count, metric, counted_on, recorded_by from social_account_count where account_id = ? "
                + "order by counted_on desc, metric", s -> {
            s.setObject(1, accountId);
            List<RegisteredAccount.Count> counts = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    counts.add(new RegisteredAccount.Count(row.getInt(1), row.getString(2), row.getObject(3, LocalDate.class), row.getString(4)));
                }
            }
            return counts;
        });
    }

    /** Authorised users of one account: current ones first, then by newest period. */
    List<Period> authorisedUsers(UUID accountId) {
        return jdbc.prepareStatement("select username, from_date, to_date from authorised_user where account_id = ? "
                + "order by (to_date is null) desc, from_date desc, username", s -> {
            s.setObject(1, accountId);
            List<Period> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(new Period(row.getString(1), row.getObject(2, LocalDate.class), row.getObject(3, LocalDate.class)));
                }
            }
            return found;
        });
    }

    List<LocalDate> recentActivity(UUID accountId, int limit) {
        return jdbc.prepareStatement("select active_on from social_account_activity where account_id = ? order by active_on desc limit ?", s -> {
            s.setObject(1, accountId);
            s.setInt(2, limit);
            List<LocalDate> days = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    days.add(row.getObject(1, LocalDate.class));
                }
            }
            return days;
        });
    }

    /** Records a day of activity once; answers false if it was already recorded. */
    boolean recordActivity(UUID accountId, LocalDate day, String by, Instant at) {
        int inserted = jdbc.prepareStatement("insert into social_account_activity (account_id, active_on, recorded_by, recorded_at) "
                + "values (?, ?, ?, ?) on conflict do nothing", s -> {
            bind(s, List.of(accountId, day, by, Timestamp.from(at)));
            return s.executeUpdate();
        });
        jdbc.prepareStatement("update social_account set last_activity_on = greatest(coalesce(last_activity_on, ?), ?) where id = ?", s -> {
            bind(s, List.of(day, day, accountId));
            return s.executeUpdate();
        });
        return inserted == 1;
    }

    void addAuthorisedUser(UUID accountId, String username, LocalDate from, String by) {
        jdbc.prepareStatement("insert into authorised_user (id, account_id, username, from_date, added_by) values (?, ?, ?, ?, ?)", s -> {
            bind(s, List.of(UUID.randomUUID(), accountId, username, from, by));
            return s.executeUpdate();
        });
    }

    /** Ends a person's open period on the account with its last day. */
    void endAuthorisedUser(UUID accountId, String username, LocalDate lastDay, String by) {
        jdbc.prepareStatement("update authorised_user set to_date = ?, ended_by = ? where account_id = ? and username = ? and to_date is null", s -> {
            bind(s, List.of(lastDay, by, accountId, username));
            return s.executeUpdate();
        });
    }

    /** Active accounts with nothing recorded since the cut-off (nor created or kept open by a review since). */
    List<Row> inactiveSince(LocalDate cutOff, LocalDate today) {
        return rows(ROW + " where a.status = 'ACTIVE' and greatest(coalesce(a.last_activity_on, date '1900-01-01'), "
                + "cast(a.created_at at time zone 'Europe/London' as date), coalesce(a.inactivity_reviewed_on, date '1900-01-01')) < ? "
                + "order by a.id", List.of(today, today, cutOff));
    }

    void markInactivityReviewed(UUID accountId, LocalDate on) {
        jdbc.prepareStatement("update social_account set inactivity_reviewed_on = ? where id = ?", s -> {
            bind(s, List.of(on, accountId));
            return s.executeUpdate();
        });
    }

    /**
     * Closes the account and ends every open authorised-user period on that day; answers how many
     * ended. Features that gave access to it hear of it through {@link AccountClosed}.
     */
    int close(UUID accountId, String by, String reason, Instant at, LocalDate lastDay) {
        int closed = jdbc.prepareStatement("update social_account set status = 'DEACTIVATED', deactivated_at = ?, deactivated_by = ?, "
                + "deactivation_reason = ? where id = ? and status = 'ACTIVE'", s -> {
            bind(s, List.of(Timestamp.from(at), by, reason, accountId));
            return s.executeUpdate();
        });
        int ended = jdbc.prepareStatement("update authorised_user set to_date = greatest(from_date, ?), ended_by = ? "
                + "where account_id = ? and to_date is null", s -> {
            bind(s, List.of(lastDay, by, accountId));
            return s.executeUpdate();
        });
        if (closed > 0) {
            closures.publishEvent(new AccountClosed(accountId, by, reason));
        }
        return ended;
    }

    /** Active corporate accounts on these platforms (D 5.2 applies to corporate accounts only). */
    List<Row> activeCorporate(List<Platform> platforms, LocalDate today) {
        return rows(ROW + " where a.status = 'ACTIVE' and a.kind = 'CORPORATE' and a.platform = any(?) order by lower(a.name), a.platform",
                List.of(today, today, platforms.stream().map(Platform::name).toArray(String[]::new)));
    }

    /** A count read on a day; a second reading for the same day and metric replaces the first. */
    void recordCount(UUID accountId, LocalDate countedOn, String metric, int count, String by) {
        jdbc.prepareStatement("insert into social_account_count (account_id, counted_on, metric, count, recorded_by) values (?, ?, ?, ?, ?) "
                + "on conflict (account_id, counted_on, metric) do update set count = excluded.count, recorded_by = excluded.recorded_by", s -> {
            bind(s, List.of(accountId, countedOn, metric, count, by));
            return s.executeUpdate();
        });
    }

    /** Days with recorded activity between two dates inclusive. */
    int activeDays(UUID accountId, LocalDate from, LocalDate to) {
        return jdbc.prepareStatement("select count(*) from social_account_activity where account_id = ? and active_on between ? and ?", s -> {
            bind(s, List.of(accountId, from, to));
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        });
    }

    /** An account a request brought into being, active from now, with its owner and nobody authorised yet. */
    record NewAccount(Platform platform, String handle, String name, String url, String department, AccountKind kind,
                      @Nullable LocalDate campaignEndDate, String owner, UUID accountRequestId) {
    }

    UUID register(NewAccount account, Instant at) {
        UUID id = UUID.randomUUID();
        jdbc.prepareStatement("insert into social_account (id, platform, handle, name, url, department, kind, status, "
                + "campaign_end_date, owner, account_request_id, created_at) values (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?, ?)", s -> {
            s.setObject(1, id);
            s.setString(2, account.platform().name());
            s.setString(3, account.handle());
            s.setString(4, account.name());
            s.setString(5, account.url());
            s.setString(6, account.department());
            s.setString(7, account.kind().name());
            s.setObject(8, account.campaignEndDate() == null ? null : Date.valueOf(account.campaignEndDate()), java.sql.Types.DATE);
            s.setString(9, account.owner());
            s.setObject(10, account.accountRequestId());
            s.setTimestamp(11, Timestamp.from(at));
            return s.executeUpdate();
        });
        return id;
    }

    /** Whether the registry already holds this handle on this platform, in any letter case. */
    boolean holds(Platform platform, String handle) {
        return jdbc.prepareStatement("select exists (select 1 from social_account where platform = ? and lower(handle) = lower(?))", s -> {
            bind(s, List.of(platform.name(), handle));
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        });
    }

    void setCampaignEnd(UUID accountId, LocalDate end) {
        jdbc.prepareStatement("update social_account set campaign_end_date = ? where id = ?", s -> {
            bind(s, List.of(end, accountId));
            return s.executeUpdate();
        });
    }

    void setOwner(UUID accountId, String owner) {
        jdbc.prepareStatement("update social_account set owner = ? where id = ?", s -> {
            bind(s, List.of(owner, accountId));
            return s.executeUpdate();
        });
    }

    boolean anyAuthorisedUsers() {
        return jdbc.prepareStatement("select exists (select 1 from authorised_user)", s -> {
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        });
    }

    /** Everyone authorised on any account on that date (D 2.3), by account then person. */
    List<PeriodOnAccount> authorisedOn(LocalDate date) {
        return jdbc.prepareStatement("""
                select a.id, a.platform, a.handle, a.name, a.department, u.username, u.from_date, u.to_date
                from authorised_user u join social_account a on a.id = u.account_id
                where u.from_date <= ? and (u.to_date is null or u.to_date >= ?)
                order by lower(a.name), a.platform, u.username""", s -> {
            bind(s, List.of(date, date));
            List<PeriodOnAccount> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(new PeriodOnAccount(row.getObject(1, UUID.class), Platform.valueOf(row.getString(2)), row.getString(3),
                            row.getString(4), row.getString(5),
                            new Period(row.getString(6), row.getObject(7, LocalDate.class), row.getObject(8, LocalDate.class))));
                }
            }
            return found;
        });
    }

    private static String where(Filter filter, List<Object> parameters) {
        List<String> conditions = new ArrayList<>();
        if (filter.platform() != null) {
            conditions.add("a.platform = ?");
            parameters.add(filter.platform().name());
        }
        if (filter.kind() != null) {
            conditions.add("a.kind = ?");
            parameters.add(filter.kind());
        }
        if (filter.status() != null) {
            conditions.add("a.status = ?");
            parameters.add(filter.status());
        }
        if (filter.text() != null) {
            conditions.add("(a.name ilike ? or a.handle ilike ? or a.department ilike ?)");
            String like = "%" + filter.text().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            parameters.addAll(List.of(like, like, like));
        }
        if (filter.visibleTo() != null) {
            conditions.add("(a.owner = ? or exists (select 1 from authorised_user u where u.account_id = a.id and u.username = ? "
                    + "and u.to_date is null))");
            parameters.addAll(List.of(filter.visibleTo(), filter.visibleTo()));
        }
        return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    }

    private List<Row> rows(String sql, List<Object> parameters) {
        return jdbc.prepareStatement(sql, s -> {
            bind(s, parameters);
            List<Row> rows = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    rows.add(row(row));
                }
            }
            return rows;
        });
    }

    private static Row row(ResultSet row) throws SQLException {
        Timestamp deactivated = row.getTimestamp("deactivated_at");
        LocalDate countedOn = row.getObject("latest_counted_on", LocalDate.class);
        return new Row(row.getObject("id", UUID.class), Platform.valueOf(row.getString("platform")), row.getString("handle"),
                row.getString("name"), row.getString("url"), row.getString("department"), row.getString("kind"),
                row.getString("status"), row.getObject("campaign_end_date", LocalDate.class), row.getString("owner"),
                row.getTimestamp("created_at").toInstant(), row.getObject("last_activity_on", LocalDate.class),
                deactivated == null ? null : deactivated.toInstant(), row.getString("deactivation_reason"),
                countedOn == null ? null : new RegisteredAccount.Count(row.getInt("latest_count"), row.getString("latest_metric"),
                        countedOn, row.getString("latest_by")),
                row.getInt("authorised_now"));
    }

    private static void bind(PreparedStatement statement, List<Object> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object value = parameters.get(i);
            if (value instanceof String[] strings) {
                statement.setArray(i + 1, statement.getConnection().createArrayOf("varchar", strings));
            } else {
                statement.setObject(i + 1, value instanceof LocalDate date ? Date.valueOf(date) : value);
            }
        }
    }
}
