package uk.gov.council.socialgov.database;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;

/**
 * The one way SocialGov runs its own SQL (decision 0020): a fixed statement with {@code ?}
 * parameters, bound here by their Java type, and rows read by the caller's {@link RowMapper}.
 * Statements run through Micronaut Data's {@link JdbcOperations}, so they join the caller's
 * transaction ({@code @Transactional}, or an engine command joined to it); called outside one, a
 * statement gets a connection of its own, as a Micronaut Data repository call does.
 */
@Singleton
public class Sql {

    /** Reads one row; the result set is already on it. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    @FunctionalInterface
    private interface Work<R> {
        R on(PreparedStatement statement) throws SQLException;
    }

    private final JdbcOperations jdbc;

    Sql(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Every row, mapped. */
    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... parameters) {
        return run(sql, parameters, statement -> {
            List<T> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(mapper.map(row));
                }
            }
            return found;
        });
    }

    /** The first row, mapped, if there is one; empty too when the mapper answers null for it. */
    public <T> Optional<T> optional(String sql, RowMapper<T> mapper, Object... parameters) {
        return run(sql, parameters, statement -> {
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.ofNullable(mapper.map(row)) : Optional.<T>empty();
            }
        });
    }

    /**
     * The first row, mapped (null if the mapper answers null), for a statement that always answers
     * one: an aggregate, a lock, {@code returning}. No row is a failure.
     */
    public <T> @Nullable T one(String sql, RowMapper<T> mapper, Object... parameters) {
        return run(sql, parameters, statement -> {
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw new NoSuchElementException("No row from: " + sql);
                }
                return mapper.map(row);
            }
        });
    }

    /** The first column of the one row as a number: {@code count(*)}, {@code nextval(…)}. */
    public long number(String sql, Object... parameters) {
        return one(sql, row -> row.getLong(1), parameters);
    }

    /** Whether the query finds any row. */
    public boolean exists(String sql, Object... parameters) {
        return run(sql, parameters, statement -> {
            try (ResultSet row = statement.executeQuery()) {
                return row.next();
            }
        });
    }

    /** Runs an insert, update, delete or other statement; answers how many rows it changed. */
    public int update(String sql, Object... parameters) {
        return run(sql, parameters, PreparedStatement::executeUpdate);
    }

    /** Runs one statement for each row of parameters, in one round trip. */
    /**
     * Deletes the rows of {@code table} that {@code where} selects (alias {@code t}) and says what went, for a
     * disposal's tombstone: "table: 3 rows, SHA-256 …" over the rows as JSON, in a stable order. The table and
     * condition are the caller's fixed text; only the parameters vary.
     */
    public Deleted deleteRecorded(String table, String where, Object... parameters) {
        return one("with gone as (delete from " + table + " t where " + where + " returning to_jsonb(t)::text as row) "
                + "select count(*) as rows, encode(sha256(convert_to(coalesce(string_agg(row, E'\\n' order by row), ''), 'UTF8')), 'hex') as hash "
                + "from gone", row -> new Deleted(table, row.getLong("rows"), row.getString("hash")), parameters);
    }

    /** What {@link #deleteRecorded} deleted: how many rows of which table, and the SHA-256 of them all. */
    public record Deleted(String table, long rows, String sha256) {
        @Override
        public String toString() {
            return table + ": " + rows + (rows == 1 ? " row" : " rows") + ", SHA-256 " + sha256;
        }
    }

    public void batch(String sql, List<Object[]> rows) {
        run(sql, new Object[0], statement -> {
            for (Object[] parameters : rows) {
                bind(statement, parameters);
                statement.addBatch();
            }
            return statement.executeBatch();
        });
    }

    /** A nullable {@code timestamptz} column as an instant. */
    public static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    public static @Nullable Instant instant(ResultSet row, int column) throws SQLException {
        Timestamp timestamp = row.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A nullable {@code date} column. */
    public static @Nullable LocalDate date(ResultSet row, String column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static @Nullable LocalDate date(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDate.class);
    }

    public static @Nullable UUID uuid(ResultSet row, String column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    public static @Nullable UUID uuid(ResultSet row, int column) throws SQLException {
        return row.getObject(column, UUID.class);
    }

    private <R> R run(String sql, Object[] parameters, Work<R> work) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                bind(statement, parameters);
                return work.on(statement);
            }
        });
    }

    /**
     * The one place parameters are bound. A null goes without a type, so PostgreSQL takes the type
     * of the column or expression it stands for; where nothing gives one ({@code ? is null}), the
     * statement says it with {@code cast(? as …)}. Instants and dates go as JDBC timestamps and
     * dates, enums as their names, and a collection as an array for {@code = any(?)}: of uuid when
     * it holds UUIDs, otherwise of varchar.
     */
    private static void bind(PreparedStatement statement, Object... parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            int at = i + 1;
            Object value = parameters[i];
            if (value == null) {
                statement.setNull(at, Types.NULL);
            } else if (value instanceof String text) {
                statement.setString(at, text);
            } else if (value instanceof Instant instant) {
                statement.setTimestamp(at, Timestamp.from(instant));
            } else if (value instanceof LocalDate date) {
                statement.setDate(at, Date.valueOf(date));
            } else if (value instanceof Enum<?> name) {
                statement.setString(at, name.name());
            } else if (value instanceof Boolean flag) {
                statement.setBoolean(at, flag);
            } else if (value instanceof Integer number) {
                statement.setInt(at, number);
            } else if (value instanceof Long number) {
                statement.setLong(at, number);
            } else if (value instanceof byte[] bytes) {
                statement.setBytes(at, bytes);
            } else if (value instanceof UUID) {
                statement.setObject(at, value);
            } else if (value instanceof Collection<?> values) {
                boolean uuids = !values.isEmpty() && values.stream().allMatch(UUID.class::isInstance);
                Object[] elements = values.stream().map(element -> element instanceof Enum<?> name ? name.name() : element).toArray();
                statement.setArray(at, statement.getConnection().createArrayOf(uuids ? "uuid" : "varchar", elements));
            } else {
                throw new IllegalArgumentException("No SQL binding for a " + value.getClass().getName());
            }
        }
    }
}
