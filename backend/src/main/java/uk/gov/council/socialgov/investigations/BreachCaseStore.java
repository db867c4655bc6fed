package uk.gov.council.socialgov.investigations;

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Breach cases and their notes in PostgreSQL. Each step changes only the columns it records. */
@Singleton
class BreachCaseStore {

    record Note(UUID id, String kind, String text, String writtenBy, Instant writtenAt) {
    }

    record Page(List<BreachCase> items, long total) {
    }

    private final JdbcOperations jdbc;

    BreachCaseStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    boolean any() {
        return jdbc.prepareStatement("select exists (select 1 from breach_case)", s -> {
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        });
    }

    long nextNumber() {
        return jdbc.prepareStatement("select nextval('breach_case_number')", s -> {
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    void insert(BreachCase found) {
        jdbc.prepareStatement("""
                insert into breach_case (id, reference, subject_kind, subject, line_manager, clauses, description, post_links,
                                         reported_by, reported_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.setObject(1, found.id());
            s.setString(2, found.reference());
            s.setString(3, found.subjectKind().name());
            s.setString(4, found.subject());
            s.setString(5, found.lineManager());
            s.setString(6, String.join(",", found.clauses()));
            s.setString(7, found.description());
            s.setString(8, String.join("\n", found.postLinks()));
            s.setString(9, found.reportedBy());
            s.setTimestamp(10, Timestamp.from(found.reportedAt()));
            s.setString(11, found.status().name());
            return s.executeUpdate();
        });
    }

    /**
     * Sets the named columns of one case. Column names come only from this feature's code, never from
     * a request; values are bound as parameters.
     */
    void set(UUID id, Map<String, Object> columns) {
        List<String> names = new ArrayList<>(columns.keySet());
        String assignments = String.join(", ", names.stream().map(name -> name + " = ?").toList());
        jdbc.prepareStatement("update breach_case set " + assignments + " where id = ?", s -> {
            int i = 1;
            for (String name : names) {
                bind(s, i++, columns.get(name));
            }
            s.setObject(i, id);
            return s.executeUpdate();
        });
    }

    static Map<String, Object> columns(Object... namesAndValues) {
        Map<String, Object> columns = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            columns.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return columns;
    }

    Optional<BreachCase> find(UUID id) {
        return jdbc.prepareStatement("select * from breach_case where id = ?", s -> {
            s.setObject(1, id);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(breachCase(row)) : Optional.empty();
            }
        });
    }

    List<BreachCase> reportedBy(String username) {
        return jdbc.prepareStatement("select * from breach_case where reported_by = ? order by reported_at desc limit 200", s -> {
            s.setString(1, username);
            return all(s);
        });
    }

    /**
     * Cases of the given kinds, or that the person investigates, newest first, leaving out any they
     * are excluded from (which includes those they reported or are about).
     */
    Page readableBy(String username, List<SubjectKind> kinds, int page, int size) {
        String where = """
                from breach_case c where (c.subject_kind = any(?) or c.investigator = ?)
                and not exists (select 1 from case_exclusion x where x.case_type = ? and x.case_id = c.id::text and x.username = ?)""";
        long total = jdbc.prepareStatement("select count(*) " + where, s -> {
            bindReadable(s, username, kinds);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
        List<BreachCase> items = jdbc.prepareStatement("select c.* " + where + " order by c.reported_at desc, c.id limit ? offset ?", s -> {
            bindReadable(s, username, kinds);
            s.setInt(5, size);
            s.setLong(6, (long) page * size);
            return all(s);
        });
        return new Page(items, total);
    }

    private static void bindReadable(PreparedStatement s, String username, List<SubjectKind> kinds) throws SQLException {
        s.setArray(1, s.getConnection().createArrayOf("varchar", kinds.stream().map(Enum::name).toArray()));
        s.setString(2, username);
        s.setString(3, BreachInvestigationProcess.CASE_KIND);
        s.setString(4, username);
    }

    void addNote(UUID caseId, Note note) {
        jdbc.prepareStatement("insert into breach_case_note (id, case_id, kind, note, written_by, written_at) values (?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, note.id());
            s.setObject(2, caseId);
            s.setString(3, note.kind());
            s.setString(4, note.text());
            s.setString(5, note.writtenBy());
            s.setTimestamp(6, Timestamp.from(note.writtenAt()));
            return s.executeUpdate();
        });
    }

    List<Note> notes(UUID caseId) {
        return jdbc.prepareStatement("select id, kind, note, written_by, written_at from breach_case_note where case_id = ? order by written_at, id", s -> {
            s.setObject(1, caseId);
            List<Note> notes = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    notes.add(new Note(row.getObject(1, UUID.class), row.getString(2), row.getString(3), row.getString(4),
                            row.getTimestamp(5).toInstant()));
                }
            }
            return notes;
        });
    }

    private static void bind(PreparedStatement s, int index, @Nullable Object value) throws SQLException {
        if (value instanceof Enum<?> name) {
            s.setString(index, name.name());
        } else if (value instanceof LocalDate date) {
            s.setDate(index, Date.valueOf(date));
        } else if (value instanceof Instant instant) {
            s.setTimestamp(index, Timestamp.from(instant));
        } else {
            s.setObject(index, value);
        }
    }

    private static List<BreachCase> all(PreparedStatement s) throws SQLException {
        List<BreachCase> found = new ArrayList<>();
        try (ResultSet row = s.executeQuery()) {
            while (row.next()) {
                found.add(breachCase(row));
            }
        }
        return found;
    }

    private static BreachCase breachCase(ResultSet row) throws SQLException {
        String outcome = row.getString("outcome");
        Timestamp closed = row.getTimestamp("closed_at");
        return new BreachCase(row.getObject("id", UUID.class), row.getString("reference"), SubjectKind.valueOf(row.getString("subject_kind")),
                row.getString("subject"), row.getString("line_manager"), Arrays.asList(row.getString("clauses").split(",")),
                row.getString("description"), row.getString("post_links").isEmpty() ? List.of() : Arrays.asList(row.getString("post_links").split("\n")),
                row.getString("reported_by"), row.getTimestamp("reported_at").toInstant(), BreachStatus.valueOf(row.getString("status")),
                row.getString("route"), row.getString("route_reason"), row.getString("investigator"), date(row, "investigation_due"),
                row.getString("findings"), row.getString("independent_person_view"), date(row, "hearing_date"),
                row.getString("hearing_decision"), row.getString("sanction"), outcome == null ? null : BreachOutcome.valueOf(outcome),
                row.getString("outcome_detail"), row.getString("disciplinary_reference"), row.getString("crime_reference"),
                closed == null ? null : closed.toInstant(), row.getString("process_instance_id"));
    }

    private static @Nullable LocalDate date(ResultSet row, String column) throws SQLException {
        Date date = row.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
