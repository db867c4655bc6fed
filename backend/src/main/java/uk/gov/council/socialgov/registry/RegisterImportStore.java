package uk.gov.council.socialgov.registry;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Uploaded registers waiting to be confirmed (table register_import). Callers hold a transaction. */
@Singleton
class RegisterImportStore {

    record Upload(UUID id, @Nullable String csv, String preview, @Nullable Instant appliedAt) {
    }

    private final Sql sql;

    RegisterImportStore(Sql sql) {
        this.sql = sql;
    }

    void save(UUID id, String csv, String preview, String by, Instant at) {
        // Only the newest upload waits: an older file is not kept once a newer one is shown.
        sql.update("update register_import set csv = null where applied_at is null");
        sql.update("insert into register_import (id, csv, preview, uploaded_by, uploaded_at) values (?, ?, cast(? as jsonb), ?, ?)",
                id, csv, preview, by, at);
    }

    Optional<Upload> forUpdate(UUID id) {
        return sql.optional("select id, csv, preview::text, applied_at from register_import where id = ? for update",
                row -> new Upload(Sql.uuid(row, 1), row.getString(2), row.getString(3), Sql.instant(row, 4)), id);
    }

    void markApplied(UUID id, String by, Instant at) {
        sql.update("update register_import set csv = null, applied_by = ?, applied_at = ? where id = ?", by, at, id);
    }
}
