package uk.gov.council.socialgov.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Who did what to a case, and when, oldest first, from the audit trail. Callers check need-to-know first. */
@Singleton
public class CaseHistory {

    @Serdeable
    public record Entry(Instant occurredAt, String actor, @Nullable String onBehalfOf, String action, @Nullable String detail) {
    }

    static final int LIMIT = 500;
    private final JdbcOperations jdbc;

    CaseHistory(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    public List<Entry> of(String caseType, String caseId) {
        return entries("""
                select occurred_at, actor, on_behalf_of, action, detail from audit_event
                where case_type = ? and case_id = ? and action not like '%\\_VIEWED' and action not like '%\\_LISTED'
                order by id limit ?""", caseType, caseId);
    }

    /** What was done on one step of a case (the task events whose detail names it), for someone who may not read the rest. */
    public List<Entry> ofStep(String caseType, String caseId, String stepName) {
        return jdbc.prepareStatement("""
                select occurred_at, actor, on_behalf_of, action, detail from audit_event
                where case_type = ? and case_id = ? and action like 'TASK\\_%' and action not like '%\\_VIEWED'
                  and (detail = ? or left(detail, length(?) + 2) = ? || ': ') order by id limit ?""", s -> {
            s.setString(1, caseType);
            s.setString(2, caseId);
            s.setString(3, stepName);
            s.setString(4, stepName);
            s.setString(5, stepName);
            s.setInt(6, LIMIT);
            return read(s.executeQuery());
        });
    }

    /** The chain of custody of a case's evidence: who kept, opened, checked, exported or destroyed it, and every view of the case. */
    public List<Entry> evidence(String caseType, String caseId) {
        return entries("""
                select occurred_at, actor, on_behalf_of, action, detail from audit_event
                where case_type = ? and case_id = ? and (action like 'EVIDENCE_%' or action = 'CASE_VIEWED') order by id limit ?""",
                caseType, caseId);
    }

    private List<Entry> entries(String sql, String caseType, String caseId) {
        return jdbc.prepareStatement(sql, s -> {
            s.setString(1, caseType);
            s.setString(2, caseId);
            s.setInt(3, LIMIT);
            return read(s.executeQuery());
        });
    }

    private static List<Entry> read(ResultSet rows) throws SQLException {
        try (rows) {
            List<Entry> entries = new ArrayList<>();
            while (rows.next()) {
                entries.add(new Entry(rows.getTimestamp(1).toInstant(), rows.getString(2), rows.getString(3),
                        rows.getString(4), rows.getString(5)));
            }
            return entries;
        }
    }
}
