package uk.gov.council.socialgov.retention;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The retention schedule, legal holds and disposal records in PostgreSQL. */
@Singleton
class RetentionStore {

    /** {@code involved}: the usernames the case is by or about, comma-separated as in {@code CaseVariables.INVOLVED}. */
    record Entry(String caseType, String caseId, String reference, String caseKind, LocalDate closedOn, String retentionRule,
                 LocalDate disposeOn, RetentionStatus status, int activeHolds, @Nullable String involved) {
    }

    record Hold(UUID id, String caseType, String caseId, String reason, String placedBy, Instant placedAt,
                @Nullable String releasedBy, @Nullable Instant releasedAt, @Nullable String releaseReason) {
    }

    record Disposal(UUID id, String caseType, String caseId, String reference, String authorisedBy, Instant disposedAt,
                    int itemCount, int fileCount, String manifest) {
    }

    /** The viewer (two parameters) is neither excluded from the entry's case nor someone it is by or about. */
    private static final String NOT_KEPT_OUT = """
            not exists (select 1 from case_exclusion x where x.case_type = e.case_type and x.case_id = e.case_id and x.username = ?)
            and not (? = any(string_to_array(coalesce(e.involved_people, ''), ',')))""";

    private static final String ENTRY = """
            select e.*, (select count(*) from legal_hold h where h.case_type = e.case_type and h.case_id = e.case_id
                         and h.released_at is null) as active_holds
            from retention_entry e""";

    private final JdbcOperations jdbc;

    RetentionStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void addEntry(Entry entry) {
        jdbc.prepareStatement("""
                insert into retention_entry (case_type, case_id, reference, case_kind, closed_on, retention_rule, dispose_on, status,
                                             involved_people)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.setString(1, entry.caseType());
            s.setString(2, entry.caseId());
            s.setString(3, entry.reference());
            s.setString(4, entry.caseKind());
            s.setDate(5, Date.valueOf(entry.closedOn()));
            s.setString(6, entry.retentionRule());
            s.setDate(7, Date.valueOf(entry.disposeOn()));
            s.setString(8, entry.status().name());
            s.setString(9, entry.involved());
            return s.executeUpdate();
        });
    }

    void startedAs(String caseType, String caseId, String processInstanceId) {
        jdbc.prepareStatement("update retention_entry set process_instance_id = ? where case_type = ? and case_id = ?", s -> {
            s.setString(1, processInstanceId);
            s.setString(2, caseType);
            s.setString(3, caseId);
            return s.executeUpdate();
        });
    }

    void setStatus(String caseType, String caseId, RetentionStatus status) {
        jdbc.prepareStatement("update retention_entry set status = ? where case_type = ? and case_id = ?", s -> {
            s.setString(1, status.name());
            s.setString(2, caseType);
            s.setString(3, caseId);
            return s.executeUpdate();
        });
    }

    Optional<Entry> entry(String caseType, String caseId) {
        return jdbc.prepareStatement(ENTRY + " where e.case_type = ? and e.case_id = ?", s -> {
            s.setString(1, caseType);
            s.setString(2, caseId);
            List<Entry> found = entries(s.executeQuery());
            return found.stream().findFirst();
        });
    }

    /** What falls due first comes first; destroyed entries last. Never a case the viewer is kept out of or involved in. */
    List<Entry> schedule(String viewer) {
        return jdbc.prepareStatement(ENTRY + " where " + NOT_KEPT_OUT + " order by e.status = 'DISPOSED', e.dispose_on, e.reference limit 1000",
                s -> {
                    s.setString(1, viewer);
                    s.setString(2, viewer);
                    return entries(s.executeQuery());
                });
    }

    /** Whether this person may see the case on the schedule: not excluded from it, and not someone it is by or about. */
    boolean visibleTo(String caseType, String caseId, String viewer) {
        return jdbc.prepareStatement("select 1 from retention_entry e where e.case_type = ? and e.case_id = ? and " + NOT_KEPT_OUT, s -> {
            s.setString(1, caseType);
            s.setString(2, caseId);
            s.setString(3, viewer);
            s.setString(4, viewer);
            try (ResultSet row = s.executeQuery()) {
                return row.next();
            }
        });
    }

    void addHold(Hold hold) {
        jdbc.prepareStatement("insert into legal_hold (id, case_type, case_id, reason, placed_by, placed_at) values (?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, hold.id());
            s.setString(2, hold.caseType());
            s.setString(3, hold.caseId());
            s.setString(4, hold.reason());
            s.setString(5, hold.placedBy());
            s.setTimestamp(6, Timestamp.from(hold.placedAt()));
            return s.executeUpdate();
        });
    }

    /** Releases a hold still in force; false when it was already released (or someone else released it first). */
    boolean release(UUID holdId, String by, Instant at, String reason) {
        return jdbc.prepareStatement("update legal_hold set released_by = ?, released_at = ?, release_reason = ? where id = ? and released_at is null", s -> {
            s.setString(1, by);
            s.setTimestamp(2, Timestamp.from(at));
            s.setString(3, reason);
            s.setObject(4, holdId);
            return s.executeUpdate() == 1;
        });
    }

    Optional<Hold> hold(UUID id) {
        return jdbc.prepareStatement("select * from legal_hold where id = ?", s -> {
            s.setObject(1, id);
            return holds(s.executeQuery()).stream().findFirst();
        });
    }

    List<Hold> holds(String caseType, String caseId) {
        return jdbc.prepareStatement("select * from legal_hold where case_type = ? and case_id = ? order by placed_at, id", s -> {
            s.setString(1, caseType);
            s.setString(2, caseId);
            return holds(s.executeQuery());
        });
    }

    /** The holds of all these entries in one statement, for the schedule. */
    List<Hold> holdsOf(List<Entry> entries) {
        if (entries.isEmpty()) {
            return List.of();
        }
        return jdbc.prepareStatement("""
                select h.* from legal_hold h join unnest(?, ?) as e(case_type, case_id)
                  on e.case_type = h.case_type and e.case_id = h.case_id
                order by h.placed_at, h.id""", s -> {
            s.setArray(1, s.getConnection().createArrayOf("varchar", entries.stream().map(Entry::caseType).toArray()));
            s.setArray(2, s.getConnection().createArrayOf("varchar", entries.stream().map(Entry::caseId).toArray()));
            return holds(s.executeQuery());
        });
    }

    int activeHolds(String caseType, String caseId) {
        return (int) holds(caseType, caseId).stream().filter(hold -> hold.releasedAt() == null).count();
    }

    void addDisposal(Disposal disposal) {
        jdbc.prepareStatement("""
                insert into disposal_record (id, case_type, case_id, reference, authorised_by, disposed_at, item_count, file_count, manifest)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.setObject(1, disposal.id());
            s.setString(2, disposal.caseType());
            s.setString(3, disposal.caseId());
            s.setString(4, disposal.reference());
            s.setString(5, disposal.authorisedBy());
            s.setTimestamp(6, Timestamp.from(disposal.disposedAt()));
            s.setInt(7, disposal.itemCount());
            s.setInt(8, disposal.fileCount());
            s.setString(9, disposal.manifest());
            return s.executeUpdate();
        });
    }

    /** Disposal records, never of a case the viewer is kept out of or involved in. */
    List<Disposal> disposals(String viewer) {
        return jdbc.prepareStatement("""
                select d.* from disposal_record d join retention_entry e on e.case_type = d.case_type and e.case_id = d.case_id
                where""" + " " + NOT_KEPT_OUT + " order by d.disposed_at desc limit 1000", s -> {
            s.setString(1, viewer);
            s.setString(2, viewer);
            List<Disposal> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(new Disposal(row.getObject("id", UUID.class), row.getString("case_type"), row.getString("case_id"),
                            row.getString("reference"), row.getString("authorised_by"), row.getTimestamp("disposed_at").toInstant(),
                            row.getInt("item_count"), row.getInt("file_count"), row.getString("manifest")));
                }
            }
            return found;
        });
    }

    private static List<Entry> entries(ResultSet row) throws SQLException {
        try (row) {
            List<Entry> found = new ArrayList<>();
            while (row.next()) {
                found.add(new Entry(row.getString("case_type"), row.getString("case_id"), row.getString("reference"),
                        row.getString("case_kind"), row.getDate("closed_on").toLocalDate(), row.getString("retention_rule"),
                        row.getDate("dispose_on").toLocalDate(), RetentionStatus.valueOf(row.getString("status")),
                        row.getInt("active_holds"), row.getString("involved_people")));
            }
            return found;
        }
    }

    private static List<Hold> holds(ResultSet row) throws SQLException {
        try (row) {
            List<Hold> found = new ArrayList<>();
            while (row.next()) {
                Timestamp released = row.getTimestamp("released_at");
                found.add(new Hold(row.getObject("id", UUID.class), row.getString("case_type"), row.getString("case_id"),
                        row.getString("reason"), row.getString("placed_by"), row.getTimestamp("placed_at").toInstant(),
                        row.getString("released_by"), released == null ? null : released.toInstant(), row.getString("release_reason")));
            }
            return found;
        }
    }
}
