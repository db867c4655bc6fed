package uk.gov.council.socialgov.investigations;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.council.socialgov.testing.Problems.fields;
import static uk.gov.council.socialgov.testing.Problems.messages;

/**
 * Breach reports over HTTP: bad input named field by field with nothing saved; need-to-know for
 * every role, including a named exclusion and the appointed investigator; the reporter's status-only
 * view; notes, exclusions and legal holds refused when they should be.
 */
@MicronautTest(transactional = false)
class InvestigationApiIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void aBadReportNamesEachFieldAndSavesNothing() {
        ApiSession sam = session("sam.patel");
        int before = sam.get("/api/breach-reports").json().get("items").size();

        Response empty = sam.post("/api/breach-reports", Map.of());
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.contentType()).startsWith("application/problem+json");
        assertThat(fields(empty)).contains("subjectKind", "subject", "clauses", "description");

        Response wrong = sam.post("/api/breach-reports", Map.of("subjectKind", "EMPLOYEE", "subject", "cllr.jones",
                "clauses", List.of("C2.5"), "description", "Something happened",
                "postLinks", List.of("javascript:alert(1)")));
        assertThat(messages(wrong)).containsExactlyInAnyOrder(
                "subject: Select an employee, not a councillor",
                "clauses[0]: Select a part of the policy from the list",
                "postLinks[0]: Enter each link as a web address starting https:// or http://");

        Response self = sam.post("/api/breach-reports", report("EMPLOYEE", "sam.patel"));
        assertThat(messages(self)).containsExactly("subject: You cannot report yourself here; talk to your line manager or HR");

        assertThat(sam.get("/api/breach-reports").json().get("items").size()).isEqualTo(before);
    }

    @Test
    void theLineManagerIsTheSubjectsInTheDirectoryAndAReportAboutSomeoneWithoutOneIsStillAccepted() {
        ApiSession sam = session("sam.patel");
        assertThat(sam.get("/api/breach-reports/options").json().get("lineManagers")).as("the reporter no longer chooses").isNull();

        Response aboutJo = sam.post("/api/breach-reports", report("EMPLOYEE", "jo.evans"));
        assertThat(aboutJo.status()).as(aboutJo.body()).isEqualTo(201);
        JsonNode jos = session("helen.carter").get("/api/investigations/" + aboutJo.json().get("id").getStringValue()).json();
        assertThat(jos.get("lineManager").getStringValue()).as("Jo's line manager in the directory").isEqualTo("tom.hughes");
        assertThat(jos.get("lineManagerName").getStringValue()).startsWith("Tom Hughes");

        // Linda Price heads Internal Audit and has no line manager in the directory.
        Response aboutLinda = sam.post("/api/breach-reports", report("EMPLOYEE", "linda.price"));
        assertThat(aboutLinda.status()).as(aboutLinda.body()).isEqualTo(201);
        JsonNode lindas = session("helen.carter").get("/api/investigations/" + aboutLinda.json().get("id").getStringValue()).json();
        assertThat(lindas.get("lineManager").isNull()).as("no line manager in the directory").isTrue();
        assertThat(lindas.get("status").getStringValue()).isEqualTo("REPORTED");
    }

    @Test
    void onlyHrAndTheInvestigatorSeeAnEmployeeCaseAndTheReporterSeesItsStatus() {
        ApiSession sam = session("sam.patel");
        Response reported = sam.post("/api/breach-reports", report("EMPLOYEE", "jo.evans"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String id = reported.json().get("id").getStringValue();

        JsonNode mine = myReport(sam, id);
        assertThat(mine.get("statusLabel").getStringValue()).isEqualTo("Reported: being looked at");
        assertThat(mine.get("description")).isNull();

        Map<String, Integer> expected = new HashMap<>(Map.of("sam.patel", 404, "jo.evans", 404, "tom.hughes", 404,
                "alex.morgan", 404, "helen.carter", 200, "gary.lewis", 200, "david.okafor", 404, "mark.wilson", 404,
                "linda.price", 404, "chris.lee", 404));
        expected.put("cllr.jones", 404);
        assertThat(readers(id, expected.keySet())).isEqualTo(expected);

        ApiSession helen = session("helen.carter");
        assertThat(helen.post("/api/investigations/" + id + "/exclusions",
                Map.of("username", "gary.lewis", "reason", "Gary is Jo's close friend")).status()).isEqualTo(204);
        assertThat(readers(id, List.of("gary.lewis"))).containsEntry("gary.lewis", 404);
        assertThat(caseIdsOfTasks(session("gary.lewis"))).doesNotContain(id);
        assertThat(caseIdsOfTasks(helen)).contains(id);

        Response appointed = helen.post("/api/tasks/" + taskId(helen, id) + "/complete", Map.of("variables", Map.of(
                "triage", "formal", "triageReason", "Needs the facts", "investigator", "priya.shah",
                "investigationDue", EngineClock.today().plusDays(14).toString(), "employeeToldInWriting", true)));
        assertThat(appointed.status()).as(appointed.body()).isEqualTo(204);
        assertThat(readers(id, List.of("priya.shah", "tom.hughes"))).isEqualTo(Map.of("priya.shah", 200, "tom.hughes", 404));
        JsonNode details = session("priya.shah").get("/api/investigations/" + id).json();
        assertThat(details.get("investigatorName").getStringValue()).startsWith("Priya Shah");
        assertThat(details.get("statusLabel").getStringValue()).isEqualTo("Under investigation");
        assertThat(myReport(sam, id).get("statusLabel").getStringValue()).isEqualTo("Under investigation");
    }

    @Test
    void onlyTheMonitoringOfficerSeesAMemberCase() {
        Response reported = session("cllr.begum").post("/api/breach-reports", report("MEMBER", "cllr.jones"));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String id = reported.json().get("id").getStringValue();

        Map<String, Integer> expected = Map.of("david.okafor", 200, "fiona.campbell", 200, "helen.carter", 404, "cllr.begum", 404,
                "cllr.jones", 404, "alex.morgan", 404, "mark.wilson", 404, "linda.price", 404);
        assertThat(readers(id, expected.keySet())).isEqualTo(expected);
        List<String> listed = new ArrayList<>();
        session("helen.carter").get("/api/investigations").json().get("items").values()
                .forEach(item -> listed.add(item.get("id").getStringValue()));
        assertThat(listed).doesNotContain(id);
    }

    @Test
    void notesAndHoldsNeedTheirFieldsAndTheRightPeople() {
        String id = session("sam.patel").post("/api/breach-reports", report("EMPLOYEE", "jo.evans")).json().get("id").getStringValue();
        ApiSession helen = session("helen.carter");

        assertThat(fields(helen.post("/api/investigations/" + id + "/notes", Map.of()))).containsExactlyInAnyOrder("kind", "text");
        assertThat(fields(helen.post("/api/investigations/" + id + "/notes", Map.of("kind", "GOSSIP", "text", "x")))).containsExactly("kind");
        Response note = helen.post("/api/investigations/" + id + "/notes", Map.of("kind", "INTERVIEW", "text", "Met Jo with her union rep"));
        assertThat(note.status()).isEqualTo(201);
        assertThat(helen.get("/api/investigations/" + id).json().get("notes").size()).isEqualTo(1);
        assertThat(session("david.okafor").post("/api/investigations/" + id + "/notes",
                Map.of("kind", "NOTE", "text", "x")).status()).isEqualTo(404);

        assertThat(fields(helen.post("/api/retention/holds", Map.of("caseType", "breach-investigation", "caseId", id))))
                .containsExactly("reason");
        assertThat(session("david.okafor").post("/api/retention/holds", Map.of("caseType", "breach-investigation", "caseId", id,
                "reason", "x")).status()).isEqualTo(404);
        Response hold = helen.post("/api/retention/holds", Map.of("caseType", "breach-investigation", "caseId", id,
                "reason", "Tribunal claim expected"));
        assertThat(hold.status()).as(hold.body()).isEqualTo(201);
        String holdId = hold.json().get("id").getStringValue();
        assertThat(helen.get("/api/investigations/" + id).json().get("holds").size()).isEqualTo(1);
        assertThat(fields(helen.post("/api/retention/holds/" + holdId + "/release", Map.of()))).containsExactly("reason");
        assertThat(helen.post("/api/retention/holds/" + holdId + "/release", Map.of("reason", "Claim settled")).status()).isEqualTo(200);
        assertThat(helen.post("/api/retention/holds/" + holdId + "/release", Map.of("reason", "Again")).status()).isEqualTo(409);

        assertThat(messages(helen.post("/api/investigations/" + id + "/exclusions", Map.of("username", "nobody.here", "reason", "x"))))
                .containsExactly("username: There is no one with the username nobody.here");
    }

    @Test
    void theRetentionScheduleShowsEachClosedCaseWithItsOwnHolds() {
        ApiSession helen = session("helen.carter");
        String held = closedAtTriage(helen);
        String free = closedAtTriage(helen);
        assertThat(helen.post("/api/retention/holds", Map.of("caseType", "breach-investigation", "caseId", held,
                "reason", "Tribunal claim expected")).status()).isEqualTo(201);

        Map<String, List<String>> holdsByCase = new HashMap<>();
        session("mark.wilson").get("/api/retention/schedule").json().get("items").values().forEach(entry -> {
            List<String> holds = new ArrayList<>();
            entry.get("holds").values().forEach(hold -> holds.add(hold.get("reason").getStringValue() + " by "
                    + hold.get("placedByName").getStringValue()));
            holdsByCase.put(entry.get("caseId").getStringValue(), holds);
        });
        assertThat(holdsByCase.get(held)).containsExactly("Tribunal claim expected by Helen Carter (HR Adviser)");
        assertThat(holdsByCase.get(free)).isEmpty();
    }

    /** A report about Jo that HR closes at triage with no case to answer; answers its id. */
    @Test
    void aClosedCaseTakesNoNewNotesDocumentsOrEvidenceUnlessALegalHoldIsInForce() {
        ApiSession helen = session("helen.carter");
        String id = closedAtTriage(helen);
        String casePath = "/api/cases/breach-investigation/" + id;
        Map<String, Object> note = Map.of("kind", "NOTE", "text", "The tribunal asked for the triage note");
        Map<String, Object> post = Map.of("platform", "X_TWITTER", "url", "https://x.com/jo/status/7", "authorHandle", "@jo",
                "postedAt", "2026-11-03T21:15", "text", "The post the claim is about");

        Response note409 = helen.post("/api/investigations/" + id + "/notes", note);
        assertThat(note409.status()).isEqualTo(409);
        assertThat(note409.contentType()).startsWith("application/problem+json");
        assertThat(helen.upload(casePath + "/documents", Map.of(), List.of(letter())).status()).isEqualTo(409);
        assertThat(helen.post(casePath + "/evidence", post).status()).isEqualTo(409);
        assertThat(helen.get(casePath).json().get("mayAddDocuments").getBooleanValue()).isFalse();
        assertThat(helen.get(casePath).json().get("documents").size()).as("nothing half-written").isZero();

        String hold = helen.post("/api/retention/holds", Map.of("caseType", "breach-investigation", "caseId", id,
                "reason", "Employment tribunal claim")).json().get("id").getStringValue();
        assertThat(helen.post("/api/investigations/" + id + "/notes", note).status()).isEqualTo(201);
        assertThat(helen.upload(casePath + "/documents", Map.of(), List.of(letter())).status()).isEqualTo(201);
        assertThat(helen.post(casePath + "/evidence", post).status()).isEqualTo(201);
        assertThat(helen.get(casePath).json().get("mayAddDocuments").getBooleanValue()).isTrue();

        assertThat(helen.post("/api/retention/holds/" + hold + "/release", Map.of("reason", "Claim withdrawn")).status()).isEqualTo(200);
        assertThat(helen.post("/api/investigations/" + id + "/notes", note).status()).as("closed again once released").isEqualTo(409);
        assertThat(helen.upload(casePath + "/documents", Map.of(), List.of(letter())).status()).isEqualTo(409);
    }

    private static ApiSession.FilePart letter() {
        return new ApiSession.FilePart("file", "tribunal-letter.pdf", "application/pdf", "%PDF-1.7 letter".getBytes());
    }

    private String closedAtTriage(ApiSession hr) {
        String id = session("sam.patel").post("/api/breach-reports", report("EMPLOYEE", "jo.evans")).json().get("id").getStringValue();
        Response closed = hr.post("/api/tasks/" + taskId(hr, id) + "/complete", Map.of("variables", Map.of(
                "triage", "noCase", "triageReason", "The post was not hers")));
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
        return id;
    }

    private Map<String, Integer> readers(String id, Collection<String> usernames) {
        Map<String, Integer> statuses = new HashMap<>();
        for (String username : usernames) {
            ApiSession person = session(username);
            int details = person.get("/api/investigations/" + id).status();
            int casePage = person.get("/api/cases/breach-investigation/" + id).status();
            int evidence = person.get("/api/cases/breach-investigation/" + id + "/evidence").status();
            assertThat(List.of(casePage, evidence)).as(username).containsOnly(details);
            statuses.put(username, details);
        }
        return statuses;
    }

    private static JsonNode myReport(ApiSession reporter, String id) {
        for (JsonNode report : reporter.get("/api/breach-reports").json().get("items").values()) {
            if (report.get("id").getStringValue().equals(id)) {
                return report;
            }
        }
        throw new AssertionError("Report " + id + " is not among the reporter's reports");
    }

    private static List<String> caseIdsOfTasks(ApiSession session) {
        List<String> ids = new ArrayList<>();
        session.get("/api/tasks?size=200").json().get("items").values().forEach(task -> {
            JsonNode caseId = task.get("caseId");
            if (caseId != null && !caseId.isNull()) {
                ids.add(caseId.getStringValue());
            }
        });
        return ids;
    }

    private static String taskId(ApiSession session, String caseId) {
        for (JsonNode task : session.get("/api/cases/breach-investigation/" + caseId).json().get("tasks").values()) {
            if (task.get("mayOpen").getBooleanValue()) {
                return task.get("id").getStringValue();
            }
        }
        throw new AssertionError("No open task on " + caseId);
    }

    static Map<String, Object> report(String kind, String subject) {
        Map<String, Object> report = new HashMap<>(Map.of("subjectKind", kind, "subject", subject,
                "clauses", List.of(kind.equals("EMPLOYEE") ? "B1.4-abuse" : "C2.12"),
                "description", "Abusive replies to residents on 3 November", "postLinks", List.of("https://x.com/someone/status/1")));
        return report;
    }

    private ApiSession session(String username) {
        return ApiSession.signedIn(server, json, username);
    }
}
