package uk.gov.council.socialgov.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Certification campaigns and their decisions in PostgreSQL (P3b). */
@Singleton
class CertificationStore {

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

    private final Sql sql;

    CertificationStore(Sql sql) {
        this.sql = sql;
    }

    long nextNumber() {
        return sql.number("select nextval('certification_number')");
    }

    void open(UUID id, String reference, String by, Instant at, LocalDate due, String defaultDecision, String processInstanceId) {
        sql.update("insert into certification_campaign (id, reference, started_by, started_at, due_date, default_decision, "
                + "process_instance_id) values (?, ?, ?, ?, ?, ?, ?)", id, reference, by, at, due, defaultDecision, processInstanceId);
    }

    void toDecide(UUID campaignId, UUID accountId, String username, @Nullable UUID grantId) {
        sql.update("insert into certification_decision (campaign_id, account_id, username, grant_id) values (?, ?, ?, ?)",
                campaignId, accountId, username, grantId);
    }

    /** Records one person's decision; answers false when that person is not in the account's list. */
    boolean decide(UUID campaignId, UUID accountId, String username, String decision, String justification, String by, Instant at) {
        return sql.update("update certification_decision set decision = ?, justification = ?, decided_by = ?, decided_at = ?, "
                + "by_default = false where campaign_id = ? and account_id = ? and username = ?",
                decision, justification, by, at, campaignId, accountId, username) == 1;
    }

    /** The account's certifier signed off: its decisions are frozen from now on (V22's trigger holds them to it). */
    void signedOff(UUID campaignId, UUID accountId, Instant at) {
        sql.update("update certification_decision set signed_off_at = ? where campaign_id = ? and account_id = ? "
                + "and signed_off_at is null and applied_at is null", at, campaignId, accountId);
    }

    /** Whether an account's decisions can no longer change: signed off, applied, or the campaign has closed. */
    boolean frozen(UUID campaignId, UUID accountId) {
        return sql.one("""
                select exists (select 1 from certification_decision where campaign_id = ? and account_id = ?
                                 and (signed_off_at is not null or applied_at is not null))
                    or exists (select 1 from certification_campaign where id = ? and closed_at is not null)""",
                row -> row.getBoolean(1), campaignId, accountId, campaignId);
    }

    /** Everything nobody decided by the deadline gets the campaign's default decision. */
    int decideByDefault(UUID campaignId, String decision, Instant at) {
        return sql.update("update certification_decision set decision = ?, justification = 'No decision by the deadline', "
                + "decided_by = 'system', decided_at = ?, by_default = true where campaign_id = ? and decision is null", decision, at, campaignId);
    }

    void applied(UUID campaignId, UUID accountId, String username, Instant at) {
        sql.update("update certification_decision set applied_at = ? where campaign_id = ? and account_id = ? and username = ?",
                at, campaignId, accountId, username);
    }

    void closed(UUID campaignId, Instant at) {
        sql.update("update certification_campaign set closed_at = ? where id = ?", at, campaignId);
    }

    /**
     * At the end of retention: the campaign and every decision in it go. Decisions are frozen by a trigger (V22), which
     * lets them be deleted only in a transaction that says it is disposing (V34).
     */
    List<Sql.Deleted> destroy(UUID campaignId) {
        sql.one("select set_config('socialgov.disposing', 'on', true)", row -> row.getString(1));
        return List.of(sql.deleteRecorded("certification_decision", "t.campaign_id = ?", campaignId),
                sql.deleteRecorded("certification_campaign", "t.id = ?", campaignId));
    }

    List<Campaign> campaigns() {
        return sql.list(CAMPAIGN + "order by c.started_at desc limit 100", CertificationStore::campaign);
    }

    Optional<Campaign> campaign(UUID id) {
        return sql.optional(CAMPAIGN + "where c.id = ?", CertificationStore::campaign, id);
    }

    List<Decision> decisions(UUID campaignId) {
        return sql.list("select account_id, username, grant_id, decision, justification, decided_by, decided_at, by_default, "
                + "applied_at from certification_decision where campaign_id = ? order by account_id, username",
                row -> new Decision(Sql.uuid(row, 1), row.getString(2), Sql.uuid(row, 3), row.getString(4), row.getString(5),
                        row.getString(6), Sql.instant(row, 7), row.getBoolean(8), Sql.instant(row, 9)), campaignId);
    }

    private static Campaign campaign(ResultSet row) throws SQLException {
        return new Campaign(Sql.uuid(row, 1), row.getString(2), Sql.instant(row, 3), Sql.date(row, 4), Sql.instant(row, 5),
                row.getInt(6), row.getInt(7));
    }
}
