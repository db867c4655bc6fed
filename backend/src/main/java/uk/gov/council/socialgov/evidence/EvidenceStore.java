package uk.gov.council.socialgov.evidence;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Evidence rows in PostgreSQL. Lists never read file content; the database itself refuses changes to sealed records. */
@Singleton
class EvidenceStore {

    record Content(EvidenceItem.File file, @Nullable byte[] bytes) {
    }

    private static final String ITEM_COLUMNS = "id, number, platform, url, author_handle, posted_at, post_text, captured_at, "
            + "captured_by, sealed_at, record_sha256, disposed_at";
    private static final String FILE_COLUMNS = "f.id, f.file_name, f.media_type, f.size_bytes, f.sha256";

    private final Sql sql;

    EvidenceStore(Sql sql) {
        this.sql = sql;
    }

    /** Adds a draft record with the next number on the case; the case's rows are locked so two people cannot take the same number. */
    EvidenceItem addDraft(String caseType, String caseId, Platform platform, String url, String authorHandle,
                          @Nullable Instant postedAt, @Nullable String text, String capturedBy, Instant capturedAt) {
        UUID id = UUID.randomUUID();
        sql.exists("select pg_advisory_xact_lock(hashtext(? || '/' || ?))", caseType, caseId); // held until the transaction ends
        sql.update("insert into evidence_item (" + ITEM_COLUMNS + ", case_type, case_id) values (?, "
                + "(select coalesce(max(number), 0) + 1 from evidence_item where case_type = ? and case_id = ?), "
                + "?, ?, ?, ?, ?, ?, ?, null, null, null, ?, ?)",
                id, caseType, caseId, platform, url, authorHandle, postedAt, text, capturedAt, capturedBy, caseType, caseId);
        return item(caseType, caseId, id).orElseThrow();
    }

    void addFile(UUID itemId, EvidenceItem.File file, byte[] content, Instant at) {
        sql.update("insert into evidence_file (id, item_id, file_name, media_type, size_bytes, sha256, content, added_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", file.id(), itemId, file.fileName(), file.mediaType(), file.size(), file.sha256(), content, at);
    }

    void seal(UUID itemId, String recordSha256, Instant at) {
        sql.update("update evidence_item set record_sha256 = ?, sealed_at = ? where id = ? and sealed_at is null", recordSha256, at, itemId);
    }

    Optional<EvidenceItem> item(String caseType, String caseId, UUID itemId) {
        return items(caseType, caseId, itemId).stream().findFirst();
    }

    /**
     * How many posts and files a case keeps, counted after taking the case's own lock for the rest of
     * the transaction, so two people adding at once cannot both squeeze under the limit.
     */
    Kept kept(String caseType, String caseId) {
        return sql.one("""
                select pg_advisory_xact_lock(hashtextextended(? || ':' || ?, 0)),
                       (select count(*) from evidence_item where case_type = ? and case_id = ?),
                       (select count(*) from evidence_file f join evidence_item i on i.id = f.item_id where i.case_type = ? and i.case_id = ?)""",
                row -> new Kept(row.getInt(2), row.getInt(3)), caseType, caseId, caseType, caseId, caseType, caseId);
    }

    record Kept(int posts, int files) {
    }

    List<EvidenceItem> items(String caseType, String caseId) {
        return items(caseType, caseId, null);
    }

    private List<EvidenceItem> items(String caseType, String caseId, @Nullable UUID onlyItem) {
        Map<UUID, EvidenceItem> items = new LinkedHashMap<>();
        sql.list("select " + ITEM_COLUMNS + " from evidence_item where case_type = ? and case_id = ? "
                + "and (cast(? as uuid) is null or id = ?) order by number", EvidenceStore::item, caseType, caseId, onlyItem, onlyItem)
                .forEach(item -> items.put(item.id(), item));
        if (items.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<EvidenceItem.File>> files = new LinkedHashMap<>();
        sql.list("select f.item_id, " + FILE_COLUMNS + " from evidence_file f where f.item_id = any(?) order by f.added_at, f.id",
                row -> Map.entry(Sql.uuid(row, 1), file(row)), items.keySet())
                .forEach(found -> files.computeIfAbsent(found.getKey(), id -> new ArrayList<>()).add(found.getValue()));
        return items.values().stream().map(item -> item.withFiles(files.getOrDefault(item.id(), List.of()), null)).toList();
    }

    /** Files with their stored content (null once destroyed), for a download, the verifier or a bundle. */
    List<Content> contents(UUID itemId, @Nullable UUID onlyFile) {
        return sql.list("select " + FILE_COLUMNS + ", f.content from evidence_file f where f.item_id = ? "
                + "and (cast(? as uuid) is null or f.id = ?) order by f.added_at, f.id",
                row -> new Content(file(row), row.getBytes("content")), itemId, onlyFile, onlyFile);
    }

    /** Destroys the content of every record on a case, keeping hashes, sizes, types and dates. */
    void destroyContent(String caseType, String caseId, Instant at) {
        sql.update("update evidence_item set url = null, author_handle = null, post_text = null, disposed_at = ? "
                + "where case_type = ? and case_id = ? and disposed_at is null", at, caseType, caseId);
        sql.update("update evidence_file set content = null, file_name = null where content is not null and item_id in "
                + "(select id from evidence_item where case_type = ? and case_id = ?)", caseType, caseId);
    }

    private static EvidenceItem item(ResultSet row) throws SQLException {
        Platform platform = Platform.valueOf(row.getString("platform"));
        Instant sealed = Sql.instant(row, "sealed_at");
        Instant disposed = Sql.instant(row, "disposed_at");
        return new EvidenceItem(Sql.uuid(row, "id"), row.getInt("number"), platform.name(), platform.label(),
                row.getString("url"), row.getString("author_handle"), Sql.instant(row, "posted_at"),
                row.getString("post_text"), Sql.instant(row, "captured_at"), row.getString("captured_by"), null,
                sealed != null, sealed, row.getString("record_sha256"), disposed != null, disposed, List.of());
    }

    private static EvidenceItem.File file(ResultSet row) throws SQLException {
        return new EvidenceItem.File(Sql.uuid(row, "id"), row.getString("file_name"), row.getString("media_type"),
                row.getLong("size_bytes"), row.getString("sha256"));
    }
}
