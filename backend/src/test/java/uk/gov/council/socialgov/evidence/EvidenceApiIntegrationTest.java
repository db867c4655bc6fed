package uk.gov.council.socialgov.evidence;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.cases.Uploads;
import uk.gov.council.socialgov.database.TestDatabase;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.FilePart;
import uk.gov.council.testsupport.ApiSession.Response;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.council.socialgov.testing.Problems.fields;
import static uk.gov.council.socialgov.testing.Problems.messages;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Evidence over HTTP on a breach case: bad details and abusive uploads refused with nothing kept,
 * sealing, the database refusing any change to a sealed record, the verifier finding one changed
 * byte, the hearing bundle and its manifest, and the chain of custody.
 */
@MicronautTest(transactional = false)
class EvidenceApiIntegrationTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
    static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TestDatabase database;
    @Inject TransactionOperations<Connection> transactions;

    @Test
    void badDetailsAndAbusiveUploadsAreRefusedAndNothingIsKept() {
        ApiSession helen = session("helen.carter");
        String evidence = "/api/cases/breach-investigation/" + newCase() + "/evidence";

        Response empty = helen.post(evidence, Map.of());
        assertThat(fields(empty)).containsExactlyInAnyOrder("platform", "authorHandle");
        Response wrong = helen.post(evidence, Map.of("platform", "MYSPACE", "url", "not a link", "authorHandle", "@jo",
                "postedAt", "2099-01-01T10:00"));
        assertThat(fields(wrong)).containsExactlyInAnyOrder("platform", "url", "postedAt");
        assertThat(helen.get(evidence).json().get("items").size()).isZero();

        String item = helen.post(evidence, post()).json().get("id").getStringValue();
        String files = evidence + "/" + item + "/files";
        byte[] executable = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};
        assertThat(messages(helen.upload(files, Map.of(), List.of(new FilePart("file", "screenshot.png", "image/png", executable)))))
                .containsExactly("file: The selected file must be a PDF, PNG or JPEG");
        assertThat(messages(helen.upload(files, Map.of(), List.of(new FilePart("file", "empty.png", "image/png", new byte[0])))))
                .containsExactly("file: The selected file is empty");
        byte[] oversized = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy(PNG, 0, oversized, 0, PNG.length);
        assertThat(messages(helen.upload(files, Map.of(), List.of(new FilePart("file", "big.png", "image/png", oversized)))))
                .containsExactly("file: The selected file must be smaller than 10 MB");
        assertThat(messages(helen.upload(files, Map.of(), List.of()))).containsExactly("file: Select a file to upload");
        assertThat(onlyItem(helen, evidence).get("files").size()).isZero();

        Response hostile = helen.upload(files, Map.of(), List.of(new FilePart("file", "../../etc/<passwd>\u0000", "image/png", PNG)));
        assertThat(hostile.status()).as(hostile.body()).isEqualTo(201);
        assertThat(hostile.json().get("fileName").getStringValue()).isEqualTo("passwd.png");
        assertThat(session("gary.lewis").post(evidence + "/" + item + "/seal", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void aSealedRecordCannotChangeAndOneChangedByteIsFound() throws IOException {
        ApiSession helen = session("helen.carter");
        String caseId = newCase();
        String evidence = "/api/cases/breach-investigation/" + caseId + "/evidence";
        String item = helen.post(evidence, post()).json().get("id").getStringValue();
        String screenshot = helen.upload(evidence + "/" + item + "/files", Map.of(),
                List.of(new FilePart("file", "reply.png", "image/png", PNG))).json().get("id").getStringValue();
        helen.upload(evidence + "/" + item + "/files", Map.of(), List.of(new FilePart("file", "thread.pdf", "application/pdf", PDF)));

        Response sealed = helen.post(evidence + "/" + item + "/seal", Map.of());
        assertThat(sealed.status()).as(sealed.body()).isEqualTo(200);
        String recordSha256 = sealed.json().get("recordSha256").getStringValue();
        assertThat(recordSha256).matches("[0-9a-f]{64}");
        assertThat(sealed.json().get("files").values()).extracting(file -> file.get("sha256").getStringValue())
                .containsExactly(Uploads.sha256(PNG), Uploads.sha256(PDF));
        assertThat(helen.upload(evidence + "/" + item + "/files", Map.of(), List.of(new FilePart("file", "more.png", "image/png", PNG)))
                .status()).isEqualTo(409);
        assertThat(helen.post(evidence + "/" + item + "/seal", Map.of()).status()).isEqualTo(409);
        assertThatThrownBy(() -> sql("update evidence_item set post_text = 'edited' where id = '" + item + "'"))
                .hasMessageContaining("is sealed and cannot be changed");
        assertThatThrownBy(() -> sql("delete from evidence_file where item_id = '" + item + "'"))
                .hasMessageContaining("never deleted");

        var download = helen.download(evidence + "/" + item + "/files/" + screenshot);
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PNG);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        assertThat(helen.get(evidence + "/verification").json().get("intact").getBooleanValue()).isTrue();

        var exported = helen.download(evidence + "/bundle");
        Map<String, byte[]> bundle = unzip(exported.body());
        // Streamed from a file of its own that is gone once sent; the trail has the hash of exactly what was sent.
        assertThat(bundleFilesLeft()).isEmpty();
        assertThat(helen.get("/api/cases/breach-investigation/" + caseId + "/evidence/custody").body())
                .contains("SHA-256 of the bundle " + Uploads.sha256(exported.body()));
        assertThat(bundle).containsKeys("summary.pdf", "manifest-sha256.txt", "records/post-001.txt",
                "files/post-001-01-reply.png", "files/post-001-02-thread.pdf");
        assertThat(new String(bundle.get("summary.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        for (String line : new String(bundle.get("manifest-sha256.txt"), StandardCharsets.UTF_8).lines().toList()) {
            String[] parts = line.split(" {2}");
            assertThat(Uploads.sha256(bundle.get(parts[1]))).as(parts[1]).isEqualTo(parts[0]);
        }
        assertThat(Uploads.sha256(bundle.get("records/post-001.txt"))).isEqualTo(recordSha256);

        // Someone with the database's superuser rights switches its protection off and changes one byte of the screenshot.
        database.executeAsSuperuser("set session_replication_role = replica; "
                + "update evidence_file set content = overlay(content placing '\\x00'::bytea from 17 for 1) where id = '" + screenshot + "'; "
                + "set session_replication_role = origin");
        JsonNode verification = helen.get(evidence + "/verification").json();
        assertThat(verification.get("intact").getBooleanValue()).isFalse();
        JsonNode checked = verification.get("items").get(0);
        assertThat(checked.get("recordIntact").getBooleanValue()).isTrue();
        assertThat(checked.get("files").get(0).get("intact").getBooleanValue()).isFalse();
        assertThat(checked.get("files").get(1).get("intact").getBooleanValue()).isTrue();

        List<String> custody = new ArrayList<>();
        helen.get(evidence + "/custody").json().get("entries").values()
                .forEach(entry -> custody.add(entry.get("action").getStringValue() + " " + entry.get("actor").getStringValue()));
        assertThat(custody).contains("EVIDENCE_ADDED helen.carter", "EVIDENCE_FILE_ADDED helen.carter", "EVIDENCE_SEALED helen.carter",
                "EVIDENCE_FILE_DOWNLOADED helen.carter", "EVIDENCE_VERIFIED helen.carter", "EVIDENCE_BUNDLE_EXPORTED helen.carter");
    }

    @Test
    void aClosedCaseTakesNoMoreEvidence() {
        ApiSession helen = session("helen.carter");
        String caseId = newCase();
        String taskId = helen.get("/api/cases/breach-investigation/" + caseId).json().get("tasks").get(0).get("id").getStringValue();
        assertThat(helen.post("/api/tasks/" + taskId + "/complete", Map.of("variables",
                Map.of("triage", "noCase", "triageReason", "Not about work"))).status()).isEqualTo(204);

        Response refused = helen.post("/api/cases/breach-investigation/" + caseId + "/evidence", post());
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(helen.get("/api/cases/breach-investigation/" + caseId + "/evidence").json().get("mayAdd").getBooleanValue()).isFalse();
    }

    private static List<Path> bundleFilesLeft() throws IOException {
        try (Stream<Path> folders = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            List<Path> left = new ArrayList<>();
            for (Path folder : folders.filter(path -> path.getFileName().toString().startsWith("socialgov-bundles-")).toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    left.addAll(files.toList());
                }
            }
            return left;
        }
    }

    private String newCase() {
        Map<String, Object> report = new HashMap<>(Map.of("subjectKind", "EMPLOYEE", "subject", "jo.evans", 
                "clauses", List.of("B1.4-abuse"), "description", "Abusive replies", "postLinks", List.of()));
        Response reported = session("sam.patel").post("/api/breach-reports", report);
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        return reported.json().get("id").getStringValue();
    }

    private static Map<String, Object> post() {
        return Map.of("platform", "X_TWITTER", "url", "https://x.com/jo/status/42", "authorHandle", "@jo_private",
                "postedAt", "2026-11-03T21:15", "text", "Their address is 1 High Street");
    }

    private static JsonNode onlyItem(ApiSession session, String evidence) {
        JsonNode items = session.get(evidence).json().get("items");
        assertThat(items.size()).isEqualTo(1);
        return items.get(0);
    }

    private void sql(String statements) {
        transactions.executeWrite(status -> jdbc.prepareStatement(statements, s -> s.execute()));
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private ApiSession session(String username) {
        return ApiSession.signedIn(server, json, username);
    }
}
