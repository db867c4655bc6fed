package uk.gov.council.socialgov.subjectaccess;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.gov.council.socialgov.testing.DirectoryPeople;
import uk.gov.council.socialgov.testing.People;
import uk.gov.council.socialgov.testing.Problems;
import uk.gov.council.socialgov.testing.Rows;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A subject access request finds a person in every kind of case they are in (by username, or by a
 * name as written in free text), and nobody else's; never a case the Information Manager is kept out
 * of; lists other people's names for redaction and redacts the chosen ones in the export; is for the
 * Information Manager only; refuses bad input naming the field; and is audited without the names.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubjectAccessIntegrationTest {

    private static final String PERSON = "rhiannon.quill";
    private static final String THIRD_PARTY = "bryn.tallow";
    private static final String IM = "sar.information.manager";
    private static final String CORPORATE = "6d1f0a52-0c55-4b5e-9d1a-000000000007";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    private String accountRequest;
    private String accessGrant;
    private String breachCase;
    private String harassmentReport;
    private String someoneElsesCase;
    private String excludedCase;

    @BeforeAll
    void casesAboutTheSamePerson() {
        People.add(server, json, PERSON, List.of("staff"));
        People.add(server, json, IM, List.of("staff", "information-manager"));
        DirectoryPeople.put(transactions, jdbc, PERSON, "Economic Development", "priya.shah");
        DirectoryPeople.put(transactions, jdbc, THIRD_PARTY, "Economic Development", "priya.shah");
        DirectoryPeople.put(transactions, jdbc, "ben.ward", "Countryside Service", "tom.hughes");
        ApiSession rhiannon = session(PERSON);

        accountRequest = reference(rhiannon.post("/api/account-requests", SampleRequests.accountRequest("@RhiannonsEvents")));
        accessGrant = reference(rhiannon.post("/api/access-grants", Map.of("accountIds", List.of(CORPORATE),
                "purpose", "Cover the business events campaign", "intendedUse", "Two posts a week",
                "requestedEndDate", EngineClock.today().plusMonths(2).toString())));
        breachCase = reference(breach(PERSON, "Rhiannon Quill replied rudely to Bryn Tallow under the council's post"));
        harassmentReport = reference(session("cllr.jones").post("/api/harassment-reports", Map.of("platform", "X_TWITTER",
                "offendingAccounts", "@someone", "description", "Rhi Quill from the council shared my address",
                "postLinks", List.of(), "immediateDanger", false, "informGroupLeader", false, "policeTold", false)));
        someoneElsesCase = reference(breach("ben.ward", "Ben Ward argued with Bryn Tallow on the ranger page"));
        Response excluded = breach(PERSON, "A second report about the same post");
        excludedCase = reference(excluded);
        Response kept = session("helen.carter").post("/api/investigations/" + excluded.json().get("id").getStringValue() + "/exclusions",
                Map.of("username", IM, "reason", "Works closely with the person"));
        assertThat(kept.status()).as(kept.body()).isEqualTo(204);
    }

    @Test
    void aPersonInThreeKindsOfCaseGetsThemAllAndNobodyElses() throws IOException {
        Response found = session(IM).post("/api/subject-access/search", Map.of("username", PERSON, "names", List.of("Rhi Quill")));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        Map<String, JsonNode> records = records(found.json());
        assertThat(records.keySet()).contains(accountRequest, accessGrant, breachCase, harassmentReport, PERSON)
                .doesNotContain(someoneElsesCase, excludedCase);
        assertThat(kinds(found.json())).contains("account-request", "access-grant", "breach-investigation", "member-harassment-report",
                "person");
        assertThat(roles(records.get(breachCase))).contains("Subject");
        assertThat(roles(records.get(accessGrant))).contains("Grantee", "Requester");
        assertThat(roles(records.get(accountRequest))).contains("Requester");
        assertThat(roles(records.get(harassmentReport))).containsExactly("Named in text");
        assertThat(json.writeValueAsString(records.get(harassmentReport))).contains("Rhi Quill from the council").doesNotContain("@someone");
        assertThat(found.json().get("notShown").getIntValue()).as("the case the Information Manager is kept out of").isEqualTo(1);

        Map<String, byte[]> zip = unzip(session(IM).downloadPost("/api/subject-access/export",
                Map.of("username", PERSON, "names", List.of("Rhi Quill"), "redact", List.of())));
        assertThat(zip).containsKey("summary.pdf");
        assertThat(zip.keySet().stream().filter(name -> name.startsWith("records/"))).hasSize(records.size());
        String everyRecord = String.join("\n", zip.entrySet().stream().filter(entry -> entry.getKey().startsWith("records/"))
                .map(entry -> new String(entry.getValue(), StandardCharsets.UTF_8)).toList());
        assertThat(everyRecord).contains(accountRequest, accessGrant, breachCase, harassmentReport)
                .doesNotContain(someoneElsesCase, excludedCase, "Ben Ward argued", "A second report about the same post");
        assertThat(new String(zip.get("summary.pdf"), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        String summary = pdfText(zip.get("summary.pdf"));
        assertThat(summary).contains(accountRequest, accessGrant, breachCase, harassmentReport, "Rhiannon Quill",
                EngineClock.ukDate(EngineClock.today()), "No names of other people were redacted");
    }

    @Test
    void otherPeoplesNamesAreListedAndTheChosenOnesRedacted() throws IOException {
        Response found = session(IM).post("/api/subject-access/search", Map.of("username", PERSON));
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        JsonNode bryn = null;
        for (JsonNode party : found.json().get("thirdParties").values()) {
            if (party.get("username").getStringValue().equals(THIRD_PARTY)) {
                bryn = party;
            }
        }
        assertThat(bryn).as("Bryn Tallow, named in the breach case's description").isNotNull();
        assertThat(bryn.get("name").getStringValue()).isEqualTo("Bryn Tallow");
        assertThat(json.writeValueAsString(bryn.get("places"))).contains(breachCase + ": Description");

        Map<String, byte[]> zip = unzip(session(IM).downloadPost("/api/subject-access/export",
                Map.of("username", PERSON, "redact", List.of(THIRD_PARTY))));
        String breach = zip.entrySet().stream().filter(entry -> entry.getKey().contains(breachCase))
                .map(entry -> new String(entry.getValue(), StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertThat(breach).contains("Rhiannon Quill replied rudely to [redacted] under the council's post").doesNotContain("Bryn Tallow");
        String summary = pdfText(zip.get("summary.pdf"));
        assertThat(summary).contains("The name of 1 other person was replaced with [redacted]").contains(breachCase + ": Description")
                .doesNotContain("Bryn Tallow");
    }

    @Test
    void onlyTheInformationManagerMayAsk() {
        for (String someone : List.of("helen.carter", "chris.lee", "linda.price", PERSON)) {
            assertThat(session(someone).post("/api/subject-access/search", Map.of("username", PERSON)).status()).as(someone).isEqualTo(403);
            assertThat(session(someone).downloadPost("/api/subject-access/export", Map.of("username", PERSON)).status()).as(someone)
                    .isEqualTo(403);
        }
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndNothingIsAudited() {
        Rows rows = new Rows(transactions, jdbc);
        long before = rows.count("select count(*) from audit_event where action like 'SUBJECT_ACCESS_%'");
        ApiSession im = session(IM);
        assertThat(Problems.fields(im.post("/api/subject-access/search", Map.of()))).containsExactly("username");
        assertThat(Problems.fields(im.post("/api/subject-access/search", Map.of("username", "no.such.person")))).containsExactly("username");
        assertThat(Problems.fields(im.post("/api/subject-access/search", Map.of("username", "bad name\u0007")))).containsExactly("username");
        assertThat(Problems.fields(im.post("/api/subject-access/search", Map.of("username", PERSON, "names", List.of("Jo", " ")))))
                .containsOnly("names[0]", "names[1]");
        assertThat(Problems.fields(im.post("/api/subject-access/search", Map.of("username", PERSON, "names", List.of("Rhi Quill", "  a  ")))))
                .as("too short once the spaces are gone").containsExactly("names[1]");
        assertThat(Problems.fields(im.post("/api/subject-access/search", Map.of("username", PERSON, "names", Collections.nCopies(11, "Rhi Quill")))))
                .containsExactly("names");
        assertThat(Problems.fields(im.post("/api/subject-access/export", Map.of("username", PERSON, "redact", List.of("ben.ward")))))
                .as("someone not found in what is exported").containsExactly("redact");
        assertThat(Problems.fields(im.post("/api/subject-access/export", Map.of("username", "")))).containsExactly("username");
        assertThat(rows.count("select count(*) from audit_event where action like 'SUBJECT_ACCESS_%'")).isEqualTo(before);
    }

    @Test
    void theSearchAndTheExportAreAuditedWithoutTheNamesSearchedFor() {
        Rows rows = new Rows(transactions, jdbc);
        ApiSession im = session(IM);
        assertThat(im.post("/api/subject-access/search", Map.of("username", PERSON, "names", List.of("Rhi Quill", "Rhiannon Q")))
                .status()).isEqualTo(200);
        assertThat(im.downloadPost("/api/subject-access/export", Map.of("username", PERSON, "names", List.of("Rhi Quill", "Rhiannon Q")))
                .status()).isEqualTo(200);
        List<String> audited = rows.strings("select action || ' ' || actor || ' ' || detail from audit_event "
                + "where action like 'SUBJECT_ACCESS_%' order by id desc limit 2");
        assertThat(audited).hasSize(2);
        assertThat(audited.get(1)).startsWith("SUBJECT_ACCESS_SEARCHED " + IM).contains("Username " + PERSON, "2 names as written");
        assertThat(audited.get(0)).startsWith("SUBJECT_ACCESS_EXPORTED " + IM).contains("Username " + PERSON, "2 names as written",
                "0 other people's names redacted");
        assertThat(String.join("\n", audited)).doesNotContain("Rhi Quill", "Rhiannon Q", "Rhiannon Quill");
    }

    private Response breach(String subject, String description) {
        Response reported = session("sam.patel").post("/api/breach-reports", Map.of("subjectKind", "EMPLOYEE", "subject", subject,
                "clauses", List.of("B1.4-abuse"), "description", description, "postLinks", List.of("https://x.com/someone/status/7")));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        return reported;
    }

    private static String reference(Response started) {
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        return started.json().get("reference").getStringValue();
    }

    private static Map<String, JsonNode> records(JsonNode found) {
        Map<String, JsonNode> records = new LinkedHashMap<>();
        found.get("records").values().forEach(record -> records.put(record.get("reference").getStringValue(), record));
        return records;
    }

    private static List<String> kinds(JsonNode found) {
        List<String> kinds = new ArrayList<>();
        found.get("records").values().forEach(record -> kinds.add(record.get("kind").getStringValue()));
        return kinds;
    }

    private static List<String> roles(JsonNode record) {
        List<String> roles = new ArrayList<>();
        record.get("roles").values().forEach(role -> roles.add(role.getStringValue()));
        return roles;
    }

    private static Map<String, byte[]> unzip(ApiSession.Download download) throws IOException {
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/zip");
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(download.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        return text.toString();
    }

    private ApiSession session(String username) {
        return ApiSession.signedIn(server, json, username);
    }
}
