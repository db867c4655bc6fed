package uk.gov.council.socialgov.cases;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Case documents in PostgreSQL. Lists never read the content; only a download does. */
@Singleton
class CaseDocumentStore {

    record Stored(UUID id, String fileName, String mediaType, long size, String sha256, String description,
                  String uploadedBy, Instant uploadedAt) {
    }

    record File(Stored document, byte[] content) {
    }

    private static final String COLUMNS = "id, file_name, media_type, size_bytes, sha256, description, uploaded_by, uploaded_at";

    private final Sql sql;

    CaseDocumentStore(Sql sql) {
        this.sql = sql;
    }

    void add(String caseType, String caseId, Stored document, byte[] content) {
        sql.update("insert into case_document (" + COLUMNS + ", case_type, case_id, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                document.id(), document.fileName(), document.mediaType(), document.size(), document.sha256(), document.description(),
                document.uploadedBy(), document.uploadedAt(), caseType, caseId, content);
    }

    List<Stored> of(String caseType, String caseId) {
        return sql.list("select " + COLUMNS + " from case_document where case_type = ? and case_id = ? order by uploaded_at, id",
                CaseDocumentStore::stored, caseType, caseId);
    }

    Optional<File> file(String caseType, String caseId, UUID id) {
        return sql.optional("select " + COLUMNS + ", content from case_document where case_type = ? and case_id = ? and id = ?",
                row -> new File(stored(row), row.getBytes("content")), caseType, caseId, id);
    }

    private static Stored stored(ResultSet row) throws SQLException {
        return new Stored(Sql.uuid(row, "id"), row.getString("file_name"), row.getString("media_type"),
                row.getLong("size_bytes"), row.getString("sha256"), row.getString("description"),
                row.getString("uploaded_by"), Sql.instant(row, "uploaded_at"));
    }

    /** At the end of retention: the documents and their bytes go; the hash covers every row, content included. */
    Sql.Deleted destroy(String caseType, String caseId) {
        return sql.deleteRecorded("case_document", "t.case_type = ? and t.case_id = ?", caseType, caseId);
    }
}
