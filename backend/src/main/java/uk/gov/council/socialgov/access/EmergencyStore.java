package uk.gov.council.socialgov.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Emergencies in PostgreSQL, and the grants each suspended. */
@Singleton
class EmergencyStore {

    @Serdeable
    record Emergency(UUID id, String reference, String holdingMessage, String invokedBy, Instant invokedAt,
                     @Nullable String liftedBy, @Nullable Instant liftedAt, @Nullable String processInstanceId, int suspendedGrants) {
    }

    private static final String SELECT = "select e.*, (select count(*) from emergency_suspension s where s.emergency_id = e.id) as suspended "
            + "from emergency e ";

    private final Sql sql;

    EmergencyStore(Sql sql) {
        this.sql = sql;
    }

    long nextNumber() {
        return sql.number("select nextval('emergency_number')");
    }

    void add(UUID id, String reference, String holdingMessage, String by, Instant at) {
        sql.update("insert into emergency (id, reference, holding_message, invoked_by, invoked_at) values (?, ?, ?, ?, ?)",
                id, reference, holdingMessage, by, at);
    }

    void startedAs(UUID id, String processInstanceId) {
        sql.update("update emergency set process_instance_id = ? where id = ?", processInstanceId, id);
    }

    void lifted(UUID id, String by, Instant at) {
        sql.update("update emergency set lifted_by = ?, lifted_at = ? where id = ? and lifted_at is null", by, at, id);
    }

    void suspended(UUID emergencyId, UUID grantId) {
        sql.update("insert into emergency_suspension (emergency_id, grant_id) values (?, ?) on conflict do nothing", emergencyId, grantId);
    }

    List<UUID> suspensions(UUID emergencyId) {
        return sql.list("select grant_id from emergency_suspension where emergency_id = ?", row -> Sql.uuid(row, 1), emergencyId);
    }

    Optional<Emergency> inForce() {
        return sql.optional(SELECT + "where e.lifted_at is null", EmergencyStore::emergency);
    }

    Optional<Emergency> find(UUID id) {
        return sql.optional(SELECT + "where e.id = ?", EmergencyStore::emergency, id);
    }

    List<Emergency> all() {
        return sql.list(SELECT + "order by e.invoked_at desc limit 200", EmergencyStore::emergency);
    }

    private static Emergency emergency(ResultSet row) throws SQLException {
        return new Emergency(Sql.uuid(row, "id"), row.getString("reference"), row.getString("holding_message"),
                row.getString("invoked_by"), Sql.instant(row, "invoked_at"), row.getString("lifted_by"),
                Sql.instant(row, "lifted_at"), row.getString("process_instance_id"), row.getInt("suspended"));
    }
}
