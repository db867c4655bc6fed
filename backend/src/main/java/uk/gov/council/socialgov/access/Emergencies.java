package uk.gov.council.socialgov.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Emergencies in PostgreSQL, and the grants each suspended. */
@Singleton
class Emergencies {

    @Serdeable
    record Emergency(UUID id, String reference, String holdingMessage, String invokedBy, Instant invokedAt,
                     @Nullable String liftedBy, @Nullable Instant liftedAt, @Nullable String processInstanceId, int suspendedGrants) {
    }

    private static final String SELECT = "select e.*, (select count(*) from emergency_suspension s where s.emergency_id = e.id) as suspended "
            + "from emergency e ";

    private final JdbcOperations jdbc;

    Emergencies(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long nextNumber() {
        return jdbc.prepareStatement("select nextval('emergency_number')", s -> {
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    void add(UUID id, String reference, String holdingMessage, String by, Instant at) {
        jdbc.prepareStatement("insert into emergency (id, reference, holding_message, invoked_by, invoked_at) values (?, ?, ?, ?, ?)", s -> {
            s.setObject(1, id);
            s.setString(2, reference);
            s.setString(3, holdingMessage);
            s.setString(4, by);
            s.setTimestamp(5, Timestamp.from(at));
            return s.executeUpdate();
        });
    }

    void startedAs(UUID id, String processInstanceId) {
        jdbc.prepareStatement("update emergency set process_instance_id = ? where id = ?", s -> {
            s.setString(1, processInstanceId);
            s.setObject(2, id);
            return s.executeUpdate();
        });
    }

    void lifted(UUID id, String by, Instant at) {
        jdbc.prepareStatement("update emergency set lifted_by = ?, lifted_at = ? where id = ? and lifted_at is null", s -> {
            s.setString(1, by);
            s.setTimestamp(2, Timestamp.from(at));
            s.setObject(3, id);
            return s.executeUpdate();
        });
    }

    void suspended(UUID emergencyId, UUID grantId) {
        jdbc.prepareStatement("insert into emergency_suspension (emergency_id, grant_id) values (?, ?) on conflict do nothing", s -> {
            s.setObject(1, emergencyId);
            s.setObject(2, grantId);
            return s.executeUpdate();
        });
    }

    List<UUID> suspensions(UUID emergencyId) {
        return jdbc.prepareStatement("select grant_id from emergency_suspension where emergency_id = ?", s -> {
            s.setObject(1, emergencyId);
            List<UUID> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(row.getObject(1, UUID.class));
                }
            }
            return found;
        });
    }

    Optional<Emergency> inForce() {
        return list(SELECT + "where e.lifted_at is null").stream().findFirst();
    }

    Optional<Emergency> find(UUID id) {
        return jdbc.prepareStatement(SELECT + "where e.id = ?", s -> {
            s.setObject(1, id);
            return rows(s.executeQuery()).stream().findFirst();
        });
    }

    List<Emergency> all() {
        return list(SELECT + "order by e.invoked_at desc limit 200");
    }

    private List<Emergency> list(String sql) {
        return jdbc.prepareStatement(sql, s -> rows(s.executeQuery()));
    }

    private static List<Emergency> rows(ResultSet row) throws SQLException {
        try (row) {
            List<Emergency> found = new ArrayList<>();
            while (row.next()) {
                Timestamp lifted = row.getTimestamp("lifted_at");
                found.add(new Emergency(row.getObject("id", UUID.class), row.getString("reference"), row.getString("holding_message"),
                        row.getString("invoked_by"), row.getTimestamp("invoked_at").toInstant(), row.getString("lifted_by"),
                        lifted == null ? null : lifted.toInstant(), row.getString("process_instance_id"), row.getInt("suspended")));
            }
            return found;
        }
    }
}
