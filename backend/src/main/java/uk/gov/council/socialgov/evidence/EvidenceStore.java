package uk.gov.council.socialgov.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.accounts.Platform;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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

    private final JdbcOperations jdbc;

    EvidenceStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds a draft record with the next number on the case; the case's rows are locked so two people cannot take the same number. */
    EvidenceItem addDraft(String caseType, String caseId, Platform platform, String url, String authorHandle,
                          @Nullable Instant postedAt, @Nullable String text, String capturedBy, Instant capturedAt) {
        UUID id = UUID.randomUUID();
        jdbc.prepareStatement("select pg_advisory_xact_lock(hashtext(? || '/' || ?))", s -> {
            s.setString(1, caseType);
            s.setString(2, caseId);
            return s.execute();
        });
        jdbc.prepareStatement("insert into evidence_item (" + ITEM_COLUMNS + ", case_type, case_id) values (?, "
                + "(select coalesce(max(number), 0) + 1 from evidence_item where case_type = ? and case_id = ?), "
                + "?, ?, ?, ?, ?, ?, ?, null, null, null, ?, ?)", s -> {
            s.setObject(1, id);
            s.setString(2, caseType);
            s.setString(3, caseId);
            s.setString(4, platform.name());
            s.setString(5, url);
            s.setString(6, authorHandle);
            s.setTimestamp(7, postedAt == null ? null : Timestamp.from(postedAt));
            s.setString(8, text);
            s.setTimestamp(9, Timestamp.from(capturedAt));
            s.setString(10, capturedBy);
            s.setString(11, caseType);
            s.setString(12, caseId);
            return s.executeUpdate();
        });
        return item(caseType, caseId, id).orElseThrow();
    }

    void addFile(UUID itemId, EvidenceItem.File file, byte[] content, Instant at) {
        jdbc.prepareStatement("insert into evidence_file (id, item_id, file_name, media_type, size_bytes, sha256, content, added_at) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, file.id());
            s.setObject(2, itemId);
            s.setString(3, file.fileName());
            s.setString(4, file.mediaType());
            s.setLong(5, file.size());
            s.setString(6, file.sha256());
            s.setBytes(7, content);
            s.setTimestamp(8, Timestamp.from(at));
            return s.executeUpdate();
        });
    }

    void seal(UUID itemId, String recordSha256, Instant at) {
        jdbc.prepareStatement("update evidence_item set record_sha256 = ?, sealed_at = ? where id = ? and sealed_at is null", s -> {
            s.setString(1, recordSha256);
            s.setTimestamp(2, Timestamp.from(at));
            s.setObject(3, itemId);
            return s.executeUpdate();
        });
    }

    Optional<EvidenceItem> item(String caseType, String caseId, UUID itemId) {
        return items(caseType, caseId, itemId).stream().findFirst();
    }

    /**
     * How many posts and files a case keeps, counted after taking the case's own lock for the rest of
     * the transaction, so two people adding at once cannot both squeeze under the limit.
     */
    Kept kept(String caseType, String caseId) {
        return jdbc.prepareStatement("""
                select pg_advisory_xact_lock(hashtextextended(? || ':' || ?, 0)),
                       (select count(*) from evidence_item where case_type = ? and case_id = ?),
                       (select count(*) from evidence_file f join evidence_item i on i.id = f.item_id where i.case_type = ? and i.case_id = ?)""", s -> {
            for (int i = 0; i < 3; i++) {
                s.setString(2 * i + 1, caseType);
                s.setString(2 * i + 2, caseId);
            }
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return new Kept(row.getInt(2), row.getInt(3));
            }
        });
    }

    record Kept(int posts, int files) {
    }

    List<EvidenceItem> items(String caseType, String caseId) {
        return items(caseType, caseId, null);
    }

    private List<EvidenceItem> items(String caseType, String caseId, @Nullable UUID onlyItem) {
        String only = onlyItem == null ? "" : " and id = ?";
        Map<UUID, EvidenceItem> items = jdbc.prepareStatement("select " + ITEM_COLUMNS + " from evidence_item "
                + "where case_type = ? and case_id = ?" + only + " order by number", s -> {
            s.setString(1, caseType);
            s.setString(2, caseId);
            if (onlyItem != null) {
                s.setObject(3, onlyItem);
            }
            Map<UUID, EvidenceItem> found = new LinkedHashMap<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    EvidenceItem item = item(row);
                    found.put(item.id(), item);
                }
            }
            return found;
        });
        if (items.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<EvidenceItem.File>> files = jdbc.prepareStatement("select f.item_id, " + FILE_COLUMNS
                + " from evidence_file f where f.item_id = any(?) order by f.added_at, f.id", s -> {
            s.setArray(1, s.getConnection().createArrayOf("uuid", items.keySet().toArray()));
            Map<UUID, List<EvidenceItem.File>> found = new LinkedHashMap<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>()).add(file(row));
                }
            }
            return found;
        });
        return items.values().stream().map(item -> item.withFiles(files.getOrDefault(item.id(), List.of()), null)).toList();
    }

    /** Files with their stored content (null once destroyed), for a download, the verifier or a bundle. */
    List<Content> contents(UUID itemId, @Nullable UUID onlyFile) {
        String only = onlyFile == null ? "" : " and f.id = ?";
        return jdbc.prepareStatement("select " + FILE_COLUMNS + ", f.content from evidence_file f where f.item_id = ?" + only
                + " order by f.added_at, f.id", s -> {
            s.setObject(1, itemId);
            if (onlyFile != null) {
                s.setObject(2, onlyFile);
            }
            List<Content> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(new Content(file(row), row.getBytes("content")));
                }
            }
            return found;
        });
    }

    /** Destroys the content of every record on a case, keeping hashes, sizes, types and dates. */
    void destroyContent(String caseType, String caseId, Instant at) {
        jdbc.prepareStatement("update evidence_item set url = null, author_handle = null, post_text = null, disposed_at = ? "
                + "where case_type = ? and case_id = ? and disposed_at is null", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setString(2, caseType);
            s.setString(3, caseId);
            return s.executeUpdate();
        });
        jdbc.prepareStatement("update evidence_file set content = null, file_name = null where content is not null and item_id in "
                + "(select id from evidence_item where case_type = ? and case_id = ?)", s -> {
            s.setString(1, caseType);
            s.setString(2, caseId);
            return s.executeUpdate();
        });
    }

    private static EvidenceItem item(ResultSet row) throws SQLException {
        Platform platform = Platform.valueOf(row.getString("platform"));
        Timestamp posted = row.getTimestamp("posted_at");
        Timestamp sealed = row.getTimestamp("sealed_at");
        Timestamp disposed = row.getTimestamp("disposed_at");
        return new EvidenceItem(row.getObject("id", UUID.class), row.getInt("number"), platform.name(), platform.label(),
                row.getString("url"), row.getString("author_handle"), posted == null ? null : posted.toInstant(),
                row.getString("post_text"), row.getTimestamp("captured_at").toInstant(), row.getString("captured_by"), null,
                sealed != null, sealed == null ? null : sealed.toInstant(), row.getString("record_sha256"),
                disposed != null, disposed == null ? null : disposed.toInstant(), List.of());
    }

    private static EvidenceItem.File file(ResultSet row) throws SQLException {
        return new EvidenceItem.File(row.getObject("id", UUID.class), row.getString("file_name"), row.getString("media_type"),
                row.getLong("size_bytes"), row.getString("sha256"));
    }
}
