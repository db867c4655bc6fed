package uk.gov.council.socialgov.audit;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.database.TestDatabase;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.FilePart;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decision 0028: the main paths, with a marker in every field someone types, a post address and a file
 * name, leave no trace of any of it in any column of any audit row; the chain still verifies, and what
 * was written stays where the case keeps it.
 */
@MicronautTest(transactional = false)
class AuditHoldsNoCaseContentIntegrationTest {

    private static final String MARKER = "Qx9Mark";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 1, 2, 3};
    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject TestDatabase database;
    @Inject TaskService tasks;
    @Inject AuditVerifier verifier;

    @Test
    void theMainPathsLeaveNoCaseContentInTheAuditTrail() throws Exception {
        // An account request, a reason for keeping someone out of it and a comment on its review task.
        ApiSession priya = session("priya.shah");
        Response request = priya.post("/api/account-requests", SampleRequests.accountRequest("@" + MARKER + "Parks"));
        assertThat(request.status()).as(request.body()).isEqualTo(201);
        String requestId = request.json().get("id").getStringValue();
        ApiSession alex = session("alex.morgan");
        assertThat(alex.post("/api/account-requests/" + requestId + "/exclusions",
                Map.of("username", "gary.lewis", "reason", MARKER + " is the requester's partner")).status()).isEqualTo(204);
        String review = tasks.createTaskQuery().processVariableValueEquals(CaseVariables.CASE_ID, requestId).singleResult().getId();
        assertThat(alex.post("/api/tasks/" + review + "/comments", Map.of("message", "Rang " + MARKER + " about the exit plan"))
                .status()).isEqualTo(201);

        // An access grant with its purpose and use.
        Map<String, Object> grant = new HashMap<>();
        grant.put("accountIds", List.of("6d1f0a52-0c55-4b5e-9d1a-000000000007"));
        grant.put("purpose", "Cover " + MARKER + "'s maternity leave");
        grant.put("intendedUse", "Replies about " + MARKER);
        grant.put("requestedEndDate", EngineClock.today().plusMonths(3).toString());
        Response asked = session("jo.evans").post("/api/access-grants", grant);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);

        // A breach report with its post addresses, then evidence, a file, a note, a document, an exclusion and a legal hold.
        Response reported = session("sam.patel").post("/api/breach-reports", Map.of("subjectKind", "EMPLOYEE", "subject", "jo.evans",
                "clauses", List.of("B1.4-abuse"), "description", "Abusive replies to " + MARKER,
                "postLinks", List.of("https://x.com/" + MARKER + "/status/1")));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String breach = reported.json().get("id").getStringValue();
        ApiSession helen = session("helen.carter");
        String evidence = "/api/cases/breach-investigation/" + breach + "/evidence";
        Response post = helen.post(evidence, Map.of("platform", "X_TWITTER", "url", "https://x.com/" + MARKER + "/status/42",
                "authorHandle", "@" + MARKER, "postedAt", "2026-11-03T21:15", "text", MARKER + " lives at 1 High Street"));
        assertThat(post.status()).as(post.body()).isEqualTo(201);
        String item = post.json().get("id").getStringValue();
        Response file = helen.upload(evidence + "/" + item + "/files", Map.of(),
                List.of(new FilePart("file", MARKER + "-reply.png", "image/png", PNG)));
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        helen.download(evidence + "/" + item + "/files/" + file.json().get("id").getStringValue());
        assertThat(helen.post("/api/investigations/" + breach + "/notes", Map.of("kind", "INTERVIEW", "text", "Met " + MARKER))
                .status()).isEqualTo(201);
        Response document = helen.upload("/api/cases/breach-investigation/" + breach + "/documents",
                Map.of("description", "Letter from " + MARKER), List.of(new FilePart("file", MARKER + " letter.pdf", "application/pdf", PDF)));
        assertThat(document.status()).as(document.body()).isEqualTo(201);
        helen.download("/api/cases/breach-investigation/" + breach + "/documents/" + document.json().get("id").getStringValue());
        assertThat(helen.post("/api/investigations/" + breach + "/exclusions",
                Map.of("username", "gary.lewis", "reason", MARKER + " is Jo's close friend")).status()).isEqualTo(204);
        Response hold = helen.post("/api/retention/holds", Map.of("caseType", "breach-investigation", "caseId", breach,
                "reason", "Tribunal claim by " + MARKER));
        assertThat(hold.status()).as(hold.body()).isEqualTo(201);
        assertThat(helen.post("/api/retention/holds/" + hold.json().get("id").getStringValue() + "/release",
                Map.of("reason", MARKER + " withdrew the claim")).status()).isEqualTo(200);

        // A harassment report.
        Response harassment = session("cllr.jones").post("/api/harassment-reports", Map.of("platform", "X_TWITTER",
                "offendingAccounts", "@" + MARKER, "description", "Threats from " + MARKER,
                "postLinks", List.of("https://x.com/" + MARKER + "/status/7"), "immediateDanger", false, "informGroupLeader", false,
                "policeTold", false));
        assertThat(harassment.status()).as(harassment.body()).isEqualTo(201);

        // An auditor searching for someone by name.
        assertThat(session("linda.price").get("/api/audit?person=" + MARKER + "%20Smith").status()).isEqualTo(200);

        List<Map<String, String>> rows = auditRows();
        assertThat(rows).extracting(row -> row.get("action")).contains("ACCOUNT_REQUEST_SUBMITTED", "CASE_EXCLUSION_ADDED",
                "TASK_COMMENTED", "ACCESS_REQUESTED", "BREACH_REPORTED", "EVIDENCE_ADDED", "EVIDENCE_FILE_ADDED", "EVIDENCE_FILE_DOWNLOADED",
                "BREACH_NOTE_ADDED", "CASE_DOCUMENT_ADDED", "CASE_DOCUMENT_VIEWED", "LEGAL_HOLD_PLACED", "LEGAL_HOLD_RELEASED",
                "HARASSMENT_REPORTED", "AUDIT_SEARCHED");
        for (Map<String, String> row : rows) {
            row.forEach((column, value) -> assertThat(value == null ? "" : value.toLowerCase(Locale.ROOT))
                    .as("%s of %s", column, row.get("action")).doesNotContain(MARKER.toLowerCase(Locale.ROOT)));
        }
        assertThat(detailOf(rows, "EVIDENCE_ADDED")).isEqualTo("Post 1 on X (Twitter)");
        assertThat(detailOf(rows, "EVIDENCE_FILE_ADDED")).startsWith("Post 1: file " + file.json().get("id").getStringValue());
        assertThat(detailOf(rows, "LEGAL_HOLD_PLACED")).isEqualTo("Legal hold " + hold.json().get("id").getStringValue());
        assertThat(detailOf(rows, "AUDIT_SEARCHED")).startsWith("person=(other text, not recorded), case=null");
        AuditVerifier.Verification verification = verifier.verify();
        assertThat(verification.intact()).as(verification.message()).isTrue();

        // What people wrote is still where the case keeps it.
        assertThat(helen.get("/api/investigations/" + breach).body()).contains("Met " + MARKER);
        assertThat(alex.get("/api/tasks/" + review + "/comments").body()).contains("Rang " + MARKER);
    }

    @Test
    void aDetailThatLooksLikeCaseContentIsRefused() {
        assertThatThrownBy(() -> AuditEvent.of("EVIDENCE_ADDED", "Post 1 on X, https://x.com/jo/status/42"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contains a web address");
        assertThatThrownBy(() -> AuditEvent.of("LEGAL_HOLD_PLACED", "Solicitor's letter\nreceived"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line break");
        assertThatThrownBy(() -> AuditEvent.of("TASK_COMMENTED", "x".repeat(AuditDetail.MAXIMUM_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than " + AuditDetail.MAXIMUM_LENGTH);
        assertThat(AuditEvent.of("EVIDENCE_SEALED", "Post 1 sealed with 2 files (record SHA-256 " + "ab".repeat(32) + ")").detail())
                .endsWith(")");
    }

    private ApiSession session(String username) {
        return ApiSession.signedIn(server, json, username);
    }

    /** The detail of the latest row of {@code action} (the demo data wrote earlier ones). */
    private static String detailOf(List<Map<String, String>> rows, String action) {
        return rows.stream().filter(row -> action.equals(row.get("action"))).reduce((first, second) -> second).orElseThrow().get("detail");
    }

    private List<Map<String, String>> auditRows() throws Exception {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Connection superuser = database.connectAsSuperuser();
             ResultSet r = superuser.createStatement().executeQuery("select * from audit_event order by id")) {
            ResultSetMetaData columns = r.getMetaData();
            while (r.next()) {
                Map<String, String> row = new HashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.put(columns.getColumnName(i), r.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }
}
