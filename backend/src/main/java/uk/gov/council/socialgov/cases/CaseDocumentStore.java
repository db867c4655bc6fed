package uk.gov.council.socialgov.cases;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
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

    private final JdbcOperations jdbc;

    CaseDocumentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void add(String caseType, String caseId, Stored document, byte[] content) {
        jdbc.prepareStatement("insert into case_document (" + COLUMNS + ", case_type, case_id, content) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, document.id());
            s.setString(2, document.fileName());
            s.setString(3, document.mediaType());
            s.setLong(4, document.size());
            s.setString(5, document.sha256());
            s.setString(6, document.description());
            s.setString(7, document.uploadedBy());
            s.setTimestamp(8, Timestamp.from(document.uploadedAt()));
            s.setString(9, caseType);
            s.setString(10, caseId);
            s.setBytes(11, content);
            return s.executeUpdate();
        });
    }

    List<Stored> of(String caseType, String caseId) {
        return jdbc.prepareStatement("select " + COLUMNS + " from case_document where case_type = ? and case_id = ? order by uploaded_at, id", s -> {
            s.setString(1, caseType);
            s.setString(2, caseId);
            List<Stored> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(stored(row));
                }
            }
            return found;
        });
    }

    Optional<File> file(String caseType, String caseId, UUID id) {
        return jdbc.prepareStatement("select " + COLUMNS + ", content from case_document where case_type = ? and case_id = ? and id = ?", s -> {
            s.setString(1, caseType);
            s.setString(2, caseId);
            s.setObject(3, id);
            try (ResultSet row = s.executeQuery()) {
                return row.next() ? Optional.of(new File(stored(row), row.getBytes("content"))) : Optional.empty();
            }
        });
    }

    private static Stored stored(ResultSet row) throws SQLException {
        return new Stored(row.getObject("id", UUID.class), row.getString("file_name"), row.getString("media_type"),
                row.getLong("size_bytes"), row.getString("sha256"), row.getString("description"),
                row.getString("uploaded_by"), row.getTimestamp("uploaded_at").toInstant());
    }
}
