package uk.gov.council.socialgov.retention;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The retention schedule, legal holds and disposal records in PostgreSQL. */
@Singleton
class RetentionStore {

    /**
     * {@code involved}: the usernames the case is by or about, comma-separated as in {@code CaseVariables.INVOLVED};
     * stored only as their hashes with the case id (see {@link #NOT_KEPT_OUT}).
     */
    record Entry(String caseType, String caseId, String reference, String caseKind, LocalDate closedOn, String retentionRule,
                 LocalDate disposeOn, RetentionStatus status, int activeHolds, @Nullable String involved, @Nullable String outcome,
                 @Nullable String processInstanceId) {
    }

    record Hold(UUID id, String caseType, String caseId, String reason, String placedBy, Instant placedAt,
                @Nullable String releasedBy, @Nullable Instant releasedAt, @Nullable String releaseReason) {
    }

    record Disposal(UUID id, String caseType, String caseId, String reference, String authorisedBy, Instant disposedAt,
                    int itemCount, int fileCount, String manifest) {
    }

    /**
     * The viewer (two parameters) is neither excluded from the entry's case nor someone it is by or about. The
     * entry holds who it is by or about only as hashes of case id and username, so the rule still holds once the
     * case is disposed of without the schedule naming anyone.
     */
    private static final String NOT_KEPT_OUT = """
            not exists (select 1 from case_exclusion x where x.case_type = e.case_type and x.case_id = e.case_id and x.username = ?)
            and not (encode(sha256(convert_to(e.case_id || ':' || ?, 'UTF8')), 'hex')
                     = any(string_to_array(coalesce(e.involved_people, ''), ',')))""";

    private static final String ENTRY = """
            select e.*, (select count(*) from legal_hold h where h.case_type = e.case_type and h.case_id = e.case_id
                         and h.released_at is null) as active_holds
            from retention_entry e""";

    private final Sql sql;

    RetentionStore(Sql sql) {
        this.sql = sql;
    }

    void addEntry(Entry entry) {
        sql.update("""
                insert into retention_entry (case_type, case_id, reference, case_kind, closed_on, retention_rule, dispose_on, status,
                                             involved_people, outcome)
                values (?, ?, ?, ?, ?, ?, ?, ?,
                        (select string_agg(encode(sha256(convert_to(? || ':' || person, 'UTF8')), 'hex'), ',')
                         from unnest(string_to_array(?, ',')) as person), ?)""", entry.caseType(), entry.caseId(), entry.reference(),
                entry.caseKind(), entry.closedOn(), entry.retentionRule(), entry.disposeOn(), entry.status(), entry.caseId(),
                entry.involved(), entry.outcome());
    }

    void startedAs(String caseType, String caseId, String processInstanceId) {
        sql.update("update retention_entry set process_instance_id = ? where case_type = ? and case_id = ?", processInstanceId, caseType, caseId);
    }

    void setStatus(String caseType, String caseId, RetentionStatus status) {
        sql.update("update retention_entry set status = ? where case_type = ? and case_id = ?", status, caseType, caseId);
    }

    Optional<Entry> entry(String caseType, String caseId) {
        return sql.optional(ENTRY + " where e.case_type = ? and e.case_id = ?", RetentionStore::entry, caseType, caseId);
    }

    /** What falls due first comes first; destroyed entries last. Never a case the viewer is kept out of or involved in. */
    List<Entry> schedule(String viewer) {
        return sql.list(ENTRY + " where " + NOT_KEPT_OUT + " order by e.status = 'DISPOSED', e.dispose_on, e.reference limit 1000",
                RetentionStore::entry, viewer, viewer);
    }

    /** Whether this person may see the case on the schedule: not excluded from it, and not someone it is by or about. */
    boolean visibleTo(String caseType, String caseId, String viewer) {
        return sql.exists("select 1 from retention_entry e where e.case_type = ? and e.case_id = ? and " + NOT_KEPT_OUT,
                caseType, caseId, viewer, viewer);
    }

    void addHold(Hold hold) {
        sql.update("insert into legal_hold (id, case_type, case_id, reason, placed_by, placed_at) values (?, ?, ?, ?, ?, ?)",
                hold.id(), hold.caseType(), hold.caseId(), hold.reason(), hold.placedBy(), hold.placedAt());
    }

    /** Releases a hold still in force; false when it was already released (or someone else released it first). */
    boolean release(UUID holdId, String by, Instant at, String reason) {
        return sql.update("update legal_hold set released_by = ?, released_at = ?, release_reason = ? where id = ? and released_at is null",
                by, at, reason, holdId) == 1;
    }

    Optional<Hold> hold(UUID id) {
        return sql.optional("select * from legal_hold where id = ?", RetentionStore::hold, id);
    }

    boolean holdInForce(String caseType, String caseId) {
        return sql.optional("select 1 from legal_hold where case_type = ? and case_id = ? and released_at is null limit 1",
                row -> true, caseType, caseId).isPresent();
    }

    List<Hold> holds(String caseType, String caseId) {
        return sql.list("select * from legal_hold where case_type = ? and case_id = ? order by placed_at, id", RetentionStore::hold,
                caseType, caseId);
    }

    /** The holds of all these entries in one statement, for the schedule. */
    List<Hold> holdsOf(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return sql.list("""
                select h.* from legal_hold h join unnest(?, ?) as e(case_type, case_id)
                  on e.case_type = h.case_type and e.case_id = h.case_id
                order by h.placed_at, h.id""", RetentionStore::hold,
                entries.stream().map(Entry::caseType).toList(), entries.stream().map(Entry::caseId).toList());
    }

    int activeHolds(String caseType, String caseId) {
        return (int) holds(caseType, caseId).stream().filter(hold -> hold.releasedAt() == null).count();
    }

    /**
     * Before disposal deletes the case's exclusions: whoever was kept out of the case joins, as the same hash, the
     * people it is by or about, so they stay kept out of its tombstone.
     */
    void keepExcludedOut(String caseType, String caseId) {
        sql.update("""
                update retention_entry e
                set involved_people = concat_ws(',', nullif(e.involved_people, ''),
                    (select string_agg(encode(sha256(convert_to(e.case_id || ':' || x.username, 'UTF8')), 'hex'), ',')
                     from case_exclusion x where x.case_type = e.case_type and x.case_id = e.case_id))
                where e.case_type = ? and e.case_id = ?""", caseType, caseId);
    }

    /** At disposal: the holds stay as a record that there were holds, by whom and when, but not why (the reasons name the case's matters). */
    void forgetHoldReasons(String caseType, String caseId) {
        sql.update("""
                update legal_hold set reason = ?, release_reason = case when release_reason is null then null else ? end
                where case_type = ? and case_id = ?""", REASON_GONE, REASON_GONE, caseType, caseId);
    }

    static final String REASON_GONE = "Removed when the case was disposed of";

    void addDisposal(Disposal disposal) {
        sql.update("""
                insert into disposal_record (id, case_type, case_id, reference, authorised_by, disposed_at, item_count, file_count, manifest)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", disposal.id(), disposal.caseType(), disposal.caseId(), disposal.reference(),
                disposal.authorisedBy(), disposal.disposedAt(), disposal.itemCount(), disposal.fileCount(), disposal.manifest());
    }

    /** Disposal records, never of a case the viewer is kept out of or involved in. */
    List<Disposal> disposals(String viewer) {
        return sql.list("""
                select d.* from disposal_record d join retention_entry e on e.case_type = d.case_type and e.case_id = d.case_id
                where""" + " " + NOT_KEPT_OUT + " order by d.disposed_at desc limit 1000",
                RetentionStore::disposal, viewer, viewer);
    }

    /** The disposal record of one case: with its schedule entry, the case's tombstone. */
    Optional<Disposal> disposal(String caseType, String caseId) {
        return sql.optional("select * from disposal_record where case_type = ? and case_id = ?", RetentionStore::disposal,
                caseType, caseId);
    }

    private static Disposal disposal(ResultSet row) throws SQLException {
        return new Disposal(Sql.uuid(row, "id"), row.getString("case_type"), row.getString("case_id"),
                row.getString("reference"), row.getString("authorised_by"), Sql.instant(row, "disposed_at"),
                row.getInt("item_count"), row.getInt("file_count"), row.getString("manifest"));
    }

    private static Entry entry(ResultSet row) throws SQLException {
        return new Entry(row.getString("case_type"), row.getString("case_id"), row.getString("reference"),
                row.getString("case_kind"), Sql.date(row, "closed_on"), row.getString("retention_rule"),
                Sql.date(row, "dispose_on"), RetentionStatus.valueOf(row.getString("status")),
                row.getInt("active_holds"), row.getString("involved_people"), row.getString("outcome"),
                row.getString("process_instance_id"));
    }

    private static Hold hold(ResultSet row) throws SQLException {
        return new Hold(Sql.uuid(row, "id"), row.getString("case_type"), row.getString("case_id"),
                row.getString("reason"), row.getString("placed_by"), Sql.instant(row, "placed_at"),
                row.getString("released_by"), Sql.instant(row, "released_at"), row.getString("release_reason"));
    }
}
