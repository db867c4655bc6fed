package uk.gov.council.socialgov.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.time.Instant;
import java.util.Optional;

/** Idempotency-Key claims and the answers kept for them, in PostgreSQL. */
@Singleton
class IdempotencyStore {

    /** A claim as a retry finds it: the path it was made for, and the answer kept (status null while there is none). */
    record Kept(String requestPath, @Nullable Integer status, @Nullable String contentType, @Nullable String location,
                @Nullable String body) {
    }

    private final Sql sql;

    IdempotencyStore(Sql sql) {
        this.sql = sql;
    }

    /** Claims the key for this person; answers false if it was claimed before. */
    boolean claim(String username, String key, String path, Instant at) {
        return sql.update("""
                insert into idempotent_request (username, idempotency_key, request_path, created_at) values (?, ?, ?, ?)
                on conflict (username, idempotency_key) do nothing""", username, key, path, at) == 1;
    }

    Optional<Kept> kept(String username, String key) {
        return sql.optional("""
                select request_path, status, content_type, location, body from idempotent_request
                where username = ? and idempotency_key = ?""",
                row -> new Kept(row.getString(1), (Integer) row.getObject(2), row.getString(3), row.getString(4), row.getString(5)),
                username, key);
    }

    void keep(String username, String key, int status, String contentType, @Nullable String location, @Nullable String body) {
        sql.update("""
                update idempotent_request set status = ?, content_type = ?, location = ?, body = ?
                where username = ? and idempotency_key = ?""", status, contentType, location, body, username, key);
    }

    /** Forgets a claim unless a case was recorded on it. */
    void forget(String username, String key) {
        sql.update("delete from idempotent_request where username = ? and idempotency_key = ? and case_id is null", username, key);
    }

    /**
     * The case an earlier send of this key made, if one committed. Locks the claim until this
     * transaction ends. A claim with no case answers empty, as does no claim.
     */
    Optional<String> lockCase(String username, String key) {
        return sql.optional("select case_id from idempotent_request where username = ? and idempotency_key = ? for update",
                row -> row.getString(1), username, key);
    }

    void recordCase(String username, String key, String caseId) {
        sql.update("update idempotent_request set case_id = ? where username = ? and idempotency_key = ?", caseId, username, key);
    }

    /** Deletes answers recorded before the cut-off; answers how many. */
    int purgeOlderThan(Instant cutOff) {
        return sql.update("delete from idempotent_request where created_at < ?", cutOff);
    }

    /** The kept answers of requests that started this case: they may hold its content. */
    Sql.Deleted forget(String caseId) {
        return sql.deleteRecorded("idempotent_request", "t.case_id = ?", caseId);
    }
}
