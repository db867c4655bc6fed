package uk.gov.council.socialgov.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Certification campaigns and their decisions in PostgreSQL (P3b). */
@Singleton
class Certifications {

    @Serdeable
    record Decision(UUID accountId, String username, @Nullable UUID grantId, @Nullable String decision, @Nullable String justification,
                    @Nullable String decidedBy, @Nullable Instant decidedAt, boolean byDefault, @Nullable Instant appliedAt) {
    }

    @Serdeable
    record Campaign(UUID id, String reference, Instant startedAt, LocalDate dueDate, @Nullable Instant closedAt, int people, int decided) {
    }

    private static final String CAMPAIGN = "select c.id, c.reference, c.started_at, c.due_date, c.closed_at, "
            + "(select count(*) from certification_decision d where d.campaign_id = c.id), "
            + "(select count(*) from certification_decision d where d.campaign_id = c.id and d.decision is not null) "
            + "from certification_campaign c ";

    private final JdbcOperations jdbc;

    Certifications(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long nextNumber() {
        return jdbc.prepareStatement("select nextval('certification_number')", s -> {
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    void open(UUID id, String reference, String by, Instant at, LocalDate due, String defaultDecision, String processInstanceId) {
        jdbc.prepareStatement("insert into certification_campaign (id, reference, started_by, started_at, due_date, default_decision, "
                + "process_instance_id) values (?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, id);
            s.setString(2, reference);
            s.setString(3, by);
            s.setTimestamp(4, Timestamp.from(at));
            s.setDate(5, Date.valueOf(due));
            s.setString(6, defaultDecision);
            s.setString(7, processInstanceId);
            return s.executeUpdate();
        });
    }

    void toDecide(UUID campaignId, UUID accountId, String username, @Nullable UUID grantId) {
        jdbc.prepareStatement("insert into certification_decision (campaign_id, account_id, username, grant_id) values (?, ?, ?, ?)", s -> {
            s.setObject(1, campaignId);
            s.setObject(2, accountId);
            s.setString(3, username);
            s.setObject(4, grantId);
            return s.executeUpdate();
        });
    }

    /** Records one person's decision; answers false when that person is not in the account's list. */
    boolean decide(UUID campaignId, UUID accountId, String username, String decision, String justification, String by, Instant at) {
        return jdbc.prepareStatement("update certification_decision set decision = ?, justification = ?, decided_by = ?, decided_at = ?, "
                + "by_default = false where campaign_id = ? and account_id = ? and username = ?", s -> {
            s.setString(1, decision);
            s.setString(2, justification);
            s.setString(3, by);
            s.setTimestamp(4, Timestamp.from(at));
            s.setObject(5, campaignId);
            s.setObject(6, accountId);
            s.setString(7, username);
            return s.executeUpdate();
        }) == 1;
    }

    /** The account's certifier signed off: its decisions are frozen from now on (V22's trigger holds them to it). */
    void signedOff(UUID campaignId, UUID accountId, Instant at) {
        jdbc.prepareStatement("update certification_decision set signed_off_at = ? where campaign_id = ? and account_id = ? "
                + "and signed_off_at is null and applied_at is null", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setObject(2, campaignId);
            s.setObject(3, accountId);
            return s.executeUpdate();
        });
    }

    /** Whether an account's decisions can no longer change: signed off, applied, or the campaign has closed. */
    boolean frozen(UUID campaignId, UUID accountId) {
        return jdbc.prepareStatement("""
                select exists (select 1 from certification_decision where campaign_id = ? and account_id = ?
                                 and (signed_off_at is not null or applied_at is not null))
                    or exists (select 1 from certification_campaign where id = ? and closed_at is not null)""", s -> {
            s.setObject(1, campaignId);
            s.setObject(2, accountId);
            s.setObject(3, campaignId);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        });
    }

    /** Everything nobody decided by the deadline gets the campaign's default decision. */
    int decideByDefault(UUID campaignId, String decision, Instant at) {
        return jdbc.prepareStatement("update certification_decision set decision = ?, justification = 'No decision by the deadline', "
                + "decided_by = 'system', decided_at = ?, by_default = true where campaign_id = ? and decision is null", s -> {
            s.setString(1, decision);
            s.setTimestamp(2, Timestamp.from(at));
            s.setObject(3, campaignId);
            return s.executeUpdate();
        });
    }

    void applied(UUID campaignId, UUID accountId, String username, Instant at) {
        jdbc.prepareStatement("update certification_decision set applied_at = ? where campaign_id = ? and account_id = ? and username = ?", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setObject(2, campaignId);
            s.setObject(3, accountId);
            s.setString(4, username);
            return s.executeUpdate();
        });
    }

    void closed(UUID campaignId, Instant at) {
        jdbc.prepareStatement("update certification_campaign set closed_at = ? where id = ?", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setObject(2, campaignId);
            return s.executeUpdate();
        });
    }

    List<Campaign> campaigns() {
        return jdbc.prepareStatement(CAMPAIGN + "order by c.started_at desc limit 100", s -> campaignRows(s.executeQuery()));
    }

    java.util.Optional<Campaign> campaign(UUID id) {
        return jdbc.prepareStatement(CAMPAIGN + "where c.id = ?", s -> {
            s.setObject(1, id);
            return campaignRows(s.executeQuery()).stream().findFirst();
        });
    }

    private static List<Campaign> campaignRows(ResultSet row) throws java.sql.SQLException {
        try (row) {
            List<Campaign> found = new ArrayList<>();
            while (row.next()) {
                Timestamp closed = row.getTimestamp(5);
                found.add(new Campaign(row.getObject(1, UUID.class), row.getString(2), row.getTimestamp(3).toInstant(),
                        row.getObject(4, LocalDate.class), closed == null ? null : closed.toInstant(), row.getInt(6), row.getInt(7)));
            }
            return found;
        }
    }

    List<Decision> decisions(UUID campaignId) {
        return jdbc.prepareStatement("select account_id, username, grant_id, decision, justification, decided_by, decided_at, by_default, "
                + "applied_at from certification_decision where campaign_id = ? order by account_id, username", s -> {
            s.setObject(1, campaignId);
            List<Decision> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    Timestamp decided = row.getTimestamp(7);
                    Timestamp applied = row.getTimestamp(9);
                    found.add(new Decision(row.getObject(1, UUID.class), row.getString(2), row.getObject(3, UUID.class), row.getString(4),
                            row.getString(5), row.getString(6), decided == null ? null : decided.toInstant(), row.getBoolean(8),
                            applied == null ? null : applied.toInstant()));
                }
            }
            return found;
        });
    }
}
