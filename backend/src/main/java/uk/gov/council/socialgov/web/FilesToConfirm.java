package uk.gov.council.socialgov.web;

import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

/**
 * CSV files imported in two steps (the HR export, the register of accounts): checked and kept with
 * the preview they were shown with until someone confirms them. Only the newest file of a kind waits;
 * applying compares the preview worked out again with the one shown. Callers hold a transaction.
 */
@Singleton
public class FilesToConfirm {

    /** What a file is for. */
    public enum Kind { DIRECTORY, REGISTER }

    /** A file waiting to be applied, and the preview it was shown with. */
    public record Waiting<P>(String csv, P preview) {
    }

    private record Row(String csv, String preview, Instant appliedAt) {
    }

    private final Sql sql;
    private final ObjectMapper json;

    FilesToConfirm(Sql sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** Keeps the file and its preview; an older file of the kind still waiting is dropped. */
    public UUID keep(Kind kind, String csv, Object preview, String by) {
        sql.update("update csv_upload set csv = null where kind = ? and applied_at is null", kind.name());
        UUID id = UUID.randomUUID();
        sql.update("insert into csv_upload (id, kind, csv, preview, uploaded_by, uploaded_at) values (?, ?, ?, cast(? as jsonb), ?, ?)",
                id, kind.name(), csv, write(preview), by, EngineClock.now());
        return id;
    }

    /**
     * The file still waiting under this id, its row held until the transaction ends so it is applied
     * once: 404 for no such file, 409 when it was applied already or a newer one replaced it.
     */
    public <P> Waiting<P> waiting(Kind kind, UUID id, Class<P> previewType) {
        Row row = sql.optional("select csv, preview::text, applied_at from csv_upload where id = ? and kind = ? for update",
                        result -> new Row(result.getString(1), result.getString(2), Sql.instant(result, 3)), id, kind.name())
                .orElseThrow(() -> new NotFoundException("There is no uploaded file with that id"));
        if (row.appliedAt() != null) {
            throw new ConflictException("This file has already been applied");
        }
        if (row.csv() == null) {
            throw new ConflictException("A newer file has been uploaded since: apply that one, or upload this one again");
        }
        return new Waiting<>(row.csv(), read(row.preview(), previewType));
    }

    /** The file is applied: its text is not kept. */
    public void applied(UUID id, String by) {
        sql.update("update csv_upload set csv = null, applied_by = ?, applied_at = ? where id = ?", by, EngineClock.now(), id);
    }

    private String write(Object preview) {
        try {
            return json.writeValueAsString(preview);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <P> P read(String text, Class<P> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
