package uk.gov.council.socialgov.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the audit trail: filtered pages for auditors (never rows of a case the auditor is excluded
 * from), and batches in chain order for the verifier.
 */
@Singleton
class AuditRepository {

    /** What an auditor asked for; {@code viewer} is who asks, so the cases they are excluded from are left out. */
    record Filter(String viewer, @Nullable String person, @Nullable String caseReference, @Nullable Instant from, @Nullable Instant to) {
    }

    /** The chain's last row and hash, and the first row hashed with the key (older rows have plain SHA-256). */
    record Head(long lastId, String lastHash, long keyedFromId) {
    }

    private final JdbcOperations jdbc;

    AuditRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditRecord> find(Filter filter, int offset, int limit) {
        Query query = where(filter);
        return jdbc.prepareStatement("select * from audit_event" + query.sql + " order by id desc offset ? limit ?", statement -> {
            int next = query.bind(statement);
            statement.setInt(next, offset);
            statement.setInt(next + 1, limit);
            return read(statement);
        });
    }

    long count(Filter filter) {
        Query query = where(filter);
        return jdbc.prepareStatement("select count(*) from audit_event" + query.sql, statement -> {
            query.bind(statement);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        });
    }

    List<AuditRecord> batchAfter(long id, int size) {
        return jdbc.prepareStatement("select * from audit_event where id > ? order by id limit ?", statement -> {
            statement.setLong(1, id);
            statement.setInt(2, size);
            return read(statement);
        });
    }

    Head head() {
        return jdbc.prepareStatement("select last_id, last_hash, keyed_from_id from audit_head where id = 1", statement -> {
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return new Head(result.getLong(1), result.getString(2), result.getLong(3));
            }
        });
    }

    private record Query(String sql, List<Object> values) {
        int bind(PreparedStatement statement) throws SQLException {
            for (int i = 0; i < values.size(); i++) {
                Object value = values.get(i);
                if (value instanceof Instant instant) {
                    statement.setTimestamp(i + 1, Timestamp.from(instant));
                } else {
                    statement.setObject(i + 1, value);
                }
            }
            return values.size() + 1;
        }
    }

    private static Query where(Filter filter) {
        List<String> conditions = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        // Case ids are unique across kinds, so this also hides rows a case's retention or evidence wrote under its id.
        conditions.add("(case_id is null or not exists (select 1 from case_exclusion x where x.username = ? and x.case_id = audit_event.case_id))");
        values.add(filter.viewer());
        if (filter.person() != null) {
            conditions.add("(actor = ? or on_behalf_of = ?)");
            values.add(filter.person());
            values.add(filter.person());
        }
        if (filter.caseReference() != null) {
            conditions.add("case_reference = ?");
            values.add(filter.caseReference());
        }
        if (filter.from() != null) {
            conditions.add("occurred_at >= ?");
            values.add(filter.from());
        }
        if (filter.to() != null) {
            conditions.add("occurred_at < ?");
            values.add(filter.to());
        }
        return new Query(" where " + String.join(" and ", conditions), values);
    }

    private static List<AuditRecord> read(PreparedStatement statement) throws SQLException {
        List<AuditRecord> records = new ArrayList<>();
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                records.add(new AuditRecord(row.getLong("id"), row.getTimestamp("occurred_at").toInstant(),
                        row.getString("actor"), row.getString("on_behalf_of"), row.getString("action"),
                        row.getString("case_type"), row.getString("case_id"), row.getString("case_reference"),
                        row.getString("detail"), row.getString("source_address"), row.getString("previous_hash"),
                        row.getString("row_hash")));
            }
        }
        return records;
    }
}
