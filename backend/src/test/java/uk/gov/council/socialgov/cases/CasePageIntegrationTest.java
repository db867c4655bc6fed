package uk.gov.council.socialgov.cases;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.FilePart;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared case page: who sees it, what it lists, and documents that arrive whole and right or not at all. */
@MicronautTest(transactional = false)
class CasePageIntegrationTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    ApiSession priya;
    String casePath;
    String reference;

    @BeforeEach
    void aRequestAwaitingReview() {
        priya = ApiSession.signedIn(server, json, "priya.shah");
        Response created = priya.post("/api/account-requests", SampleRequests.accountRequest());
        reference = created.json().get("reference").getStringValue();
        casePath = "/api/cases/account-request/" + created.json().get("id").getStringValue();
    }

    @Test
    void theRequesterSeesWhatIsWaitingAndWithWhomButCannotOpenTheReviewTask() {
        Response page = priya.get(casePath);

        assertThat(page.status()).isEqualTo(200);
        JsonNode overview = page.json();
        assertThat(overview.get("reference").getStringValue()).isEqualTo(reference);
        assertThat(overview.get("title").getStringValue()).isEqualTo("@EconDevDistrict on LinkedIn");
        assertThat(overview.get("statusLabel").getStringValue()).isEqualTo("Awaiting review");
        assertThat(overview.get("openedByName").getStringValue()).isEqualTo("Priya Shah (Head of Economic Development)");
        JsonNode task = overview.get("tasks").get(0);
        assertThat(overview.get("tasks").size()).isEqualTo(1);
        assertThat(task.get("name").getStringValue()).isEqualTo("Review account request");
        assertThat(task.get("candidateGroups").get(0).getStringValue()).isEqualTo("comms");
        assertThat(task.get("mayOpen").getBooleanValue()).isFalse();
        assertThat(actions(overview)).containsExactly("ACCOUNT_REQUEST_SUBMITTED");
        assertThat(overview.get("timeline").get(0).get("actorName").getStringValue()).isEqualTo("Priya Shah (Head of Economic Development)");

        JsonNode forComms = ApiSession.signedIn(server, json, "alex.morgan").get(casePath).json();
        assertThat(forComms.get("tasks").get(0).get("mayOpen").getBooleanValue()).isTrue();
    }

    @Test
    void peopleOutsideTheCaseGet404WhateverTheyTry() {
        for (String someone : List.of("sam.patel", "tom.hughes", "helen.carter", "cllr.jones", "linda.price", "chris.lee")) {
            ApiSession other = ApiSession.signedIn(server, json, someone);
            assertThat(other.get(casePath).status()).as(someone).isEqualTo(404);
            assertThat(other.upload(casePath + "/documents", Map.of(), List.of(pdf("a.pdf"))).status()).as(someone).isEqualTo(404);
        }
        assertThat(priya.get("/api/cases/account-request/" + UUID.randomUUID()).status()).isEqualTo(404);
        assertThat(priya.get("/api/cases/account-request/not-a-uuid").status()).isEqualTo(404);
        Response unknownKind = priya.get("/api/cases/no-such-kind/" + UUID.randomUUID());
        assertThat(unknownKind.status()).isEqualTo(404);
        assertThat(unknownKind.contentType()).startsWith("application/problem+json");
        assertThat(ApiSession.anonymous(server, json).get(casePath).status()).isEqualTo(401);
    }

    @Test
    void aDocumentIsStoredWithTheServersHashAndComesBackByteForByte() throws Exception {
        Response added = priya.upload(casePath + "/documents", Map.of("description", "Draft avatar and banner"),
                List.of(pdf("Branding draft.pdf")));

        assertThat(added.status()).isEqualTo(201);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF));
        assertThat(added.json().get("sha256").getStringValue()).isEqualTo(sha256);
        assertThat(added.json().get("fileName").getStringValue()).isEqualTo("Branding draft.pdf");
        assertThat(added.json().get("mediaType").getStringValue()).isEqualTo("application/pdf");
        assertThat(added.json().get("size").getLongValue()).isEqualTo(PDF.length);

        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        JsonNode overview = alex.get(casePath).json();
        assertThat(overview.get("documents").size()).isEqualTo(1);
        assertThat(overview.get("documents").get(0).get("description").getStringValue()).isEqualTo("Draft avatar and banner");
        assertThat(overview.get("documents").get(0).get("uploadedByName").getStringValue()).isEqualTo("Priya Shah (Head of Economic Development)");
        assertThat(actions(overview)).containsExactly("ACCOUNT_REQUEST_SUBMITTED", "CASE_DOCUMENT_ADDED");

        var download = alex.download(casePath + "/documents/" + added.json().get("id").getStringValue());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment;").contains("filename*=UTF-8''Branding%20draft.pdf");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        Response audit = ApiSession.signedIn(server, json, "linda.price").get("/api/audit?caseReference=" + reference);
        assertThat(audit.body()).contains("\"action\":\"CASE_DOCUMENT_VIEWED\"");
        assertThat(ApiSession.signedIn(server, json, "sam.patel")
                .download(casePath + "/documents/" + added.json().get("id").getStringValue()).status()).isEqualTo(404);
    }

    @Test
    void aFileThatIsNotAPdfPngOrJpegIsRefusedWhateverItsNameOrClaimedType() {
        byte[] program = "MZ\u0090\u0000 this is a Windows program".getBytes(StandardCharsets.ISO_8859_1);
        Response renamed = priya.upload(casePath + "/documents", Map.of(),
                List.of(new FilePart("file", "invoice.pdf", "application/pdf", program)));

        assertFieldError(renamed, "file", "The selected file must be a PDF, PNG or JPEG");
        assertNoDocuments();
    }

    @Test
    void missingEmptyAndOversizedFilesAndLongDescriptionsAreRefusedNamingTheField() {
        assertFieldError(priya.upload(casePath + "/documents", Map.of("description", "No file"), List.of()),
                "file", "Select a file to upload");
        assertFieldError(priya.upload(casePath + "/documents", Map.of(), List.of(new FilePart("file", "empty.pdf", "application/pdf", new byte[0]))),
                "file", "The selected file is empty");
        byte[] big = Arrays.copyOf(PDF, (int) Cases.MAX_DOCUMENT_BYTES + 1);
        assertFieldError(priya.upload(casePath + "/documents", Map.of(), List.of(new FilePart("file", "big.pdf", "application/pdf", big))),
                "file", "The selected file must be smaller than 10 MB");
        assertFieldError(priya.upload(casePath + "/documents", Map.of("description", "x".repeat(501)), List.of(pdf("a.pdf"))),
                "description", "Description must be 500 characters or fewer");
        assertNoDocuments();
    }

    @Test
    void aRequestFarOverTheLimitIsRefusedBeforeItIsRead() {
        byte[] huge = Arrays.copyOf(PDF, 12 * 1024 * 1024);
        Response refused = priya.upload(casePath + "/documents", Map.of(), List.of(new FilePart("file", "huge.pdf", "application/pdf", huge)), true);

        assertThat(refused.status()).isEqualTo(413);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertNoDocuments();
    }

    @Test
    void hostileFileNamesAreStoredHarmlessAndWithTheRightExtension() {
        String traversal = priya.upload(casePath + "/documents", Map.of(),
                List.of(pdf("../../etc/passwd\u0000.pdf"))).json().get("fileName").getStringValue();
        String markup = priya.upload(casePath + "/documents", Map.of(),
                List.of(pdf("<script>.png"))).json().get("fileName").getStringValue();
        String windowsPath = priya.upload(casePath + "/documents", Map.of(),
                List.of(pdf("C:\\Users\\priya\\..pdf"))).json().get("fileName").getStringValue();

        assertThat(traversal).isEqualTo("passwd.pdf");
        assertThat(markup).isEqualTo("script.png.pdf");
        assertThat(windowsPath).isEqualTo("pdf.pdf");
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() {
        ApiSession withoutToken = ApiSession.signedIn(server, json, "priya.shah");
        withoutToken.cookies().remove("XSRF-TOKEN");
        assertThat(withoutToken.upload(casePath + "/documents", Map.of(), List.of(pdf("a.pdf"))).status()).isEqualTo(403);
        assertNoDocuments();
    }

    private static FilePart pdf(String name) {
        return new FilePart("file", name, "application/pdf", PDF);
    }

    private void assertNoDocuments() {
        assertThat(priya.get(casePath).json().get("documents").size()).isZero();
    }

    private static void assertFieldError(Response response, String field, String message) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        JsonNode error = response.json().get("errors").get(0);
        assertThat(error.get("field").getStringValue()).isEqualTo(field);
        assertThat(error.get("message").getStringValue()).isEqualTo(message);
    }

    private static List<String> actions(JsonNode overview) {
        List<String> actions = new ArrayList<>();
        overview.get("timeline").values().forEach(entry -> actions.add(entry.get("action").getStringValue()));
        return actions;
    }
}
