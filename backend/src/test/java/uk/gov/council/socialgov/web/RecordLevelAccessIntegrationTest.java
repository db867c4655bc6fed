package uk.gov.council.socialgov.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.FilePart;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Need-to-know on real records: for every endpoint that takes the id of a case, its task, its
 * evidence, a document, a hold or a campaign, called with the real id of a real case and a body that
 * passes validation, someone outside the case, someone in the right group but excluded from it, and
 * the people the case is about or by (where they may not see it) all get 404: the record is not
 * there for them. {@link AuthorisationMatrixIntegrationTest} covers who may call each endpoint at all;
 * an endpoint with an id that is missing from this table fails the build.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecordLevelAccessIntegrationTest {

    /** Endpoints with an id that do not concern a case record: people, filters, cover, policy, operations, health. */
    private static final Set<String> NOT_CASE_RECORDS = Set.of(
            "DELETE /api/task-filters/{id}", "DELETE /api/me/substitutes/{id}", "GET /api/policy/clauses/{reference}",
            "GET /api/admin/users/{username}", "PUT /api/admin/users/{username}", "POST /api/admin/users/{username}/unlock",
            "POST /api/admin/group-grants/{id}/approval", "POST /api/admin/group-grants/{id}/refusal",
            "GET /api/operations/processes/{key}/diagram", "POST /api/operations/jobs/{id}/retry", "GET /health/{selector}",
            "POST /api/emergencies/{id}/lift", "POST /api/directory/imports/{id}/apply", "POST /api/registry/imports/{id}/apply",
            "POST /api/directory/people/{username}/leaving");

    /** One call on a real record: who must not find it, and what they get (404, or 403 where the endpoint is not for their group at all). */
    record Call(String route, String path, Object body, Map<String, Integer> refused) {
    }

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject Router router;
    @Inject TaskService tasks;
    @Inject CaseExclusions exclusions;
    @Inject TransactionOperations<Connection> transactions;

    private final List<Call> calls = new ArrayList<>();

    @BeforeAll
    void realCases() {
        accountRequest();
        accessGrant();
        breachInvestigation();
        harassmentReport();
        certificationAndRegistry();
    }

    @Test
    void everyRecordEndpointIsCoveredByARealRecord() {
        Set<String> withIds = router.uriRoutes()
                .filter(route -> !route.getHttpMethodName().equals("HEAD")) // Micronaut answers HEAD as its GET
                .map(route -> route.getHttpMethodName() + " " + route.getUriMatchTemplate().toPathString())
                .filter(route -> route.contains("{") && route.contains("/api/"))
                .filter(route -> !NOT_CASE_RECORDS.contains(route))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> covered = calls.stream().map(Call::route).collect(Collectors.toSet());
        assertThat(withIds).as("endpoints with an id and no record-level row").isSubsetOf(covered);
    }

    @Test
    void outsidersTheExcludedAndThePeopleACaseIsAboutFindNothing() {
        Map<String, ApiSession> sessions = new HashMap<>();
        List<String> wrong = new ArrayList<>();
        for (Call call : calls) {
            call.refused().forEach((who, expected) -> {
                ApiSession person = sessions.computeIfAbsent(who, username -> ApiSession.signedIn(server, json, username));
                int status = send(person, call);
                if (status != expected) {
                    wrong.add(call.route() + " (" + call.path() + ") as " + who + ": expected " + expected + ", got " + status);
                }
            });
        }
        assertThat(wrong).isEmpty();
    }

    // The records: each made as the council would make it, with someone excluded from it.

    private void accountRequest() {
        ApiSession priya = session("priya.shah");
        String id = priya.post("/api/account-requests", SampleRequests.accountRequest()).json().get("id").getStringValue();
        String document = priya.upload("/api/cases/account-request/" + id + "/documents", Map.of(),
                List.of(new FilePart("file", "plan.pdf", "application/pdf", PDF))).json().get("id").getStringValue();
        String task = taskOf(id);
        assertThat(session("nia.roberts").post("/api/account-requests/" + id + "/exclusions",
                Map.of("username", "alex.morgan", "reason", "Runs the proposed account")).status()).isEqualTo(204);
        Map<String, Integer> notThem = Map.of("tom.hughes", 404, "alex.morgan", 404);
        add("GET /api/account-requests/{id}", "/api/account-requests/" + id, null, notThem);
        add("POST /api/account-requests/{id}/exclusions", "/api/account-requests/" + id + "/exclusions",
                Map.of("username", "sam.patel", "reason", "Related"), Map.of("tom.hughes", 403, "alex.morgan", 404));
        add("POST /api/account-requests/{id}/withdrawal", "/api/account-requests/" + id + "/withdrawal", Map.of("reason", "Not needed"), notThem);
        casePage("account-request", id, document, notThem);
        taskEndpoints(task, notThem);
    }

    private void accessGrant() {
        Map<String, Object> form = new HashMap<>(Map.of("accountIds", List.of("6d1f0a52-0c55-4b5e-9d1a-000000000007"),
                "purpose", "Run the leisure consultation", "intendedUse", "Two posts a week",
                "requestedEndDate", EngineClock.today().plusMonths(2).toString()));
        String id = session("jo.evans").post("/api/access-grants", form).json().get("id").getStringValue();
        exclude("access-grant", id, "alex.morgan");
        Map<String, Integer> notThem = Map.of("sam.patel", 404, "alex.morgan", 404);
        add("GET /api/access-grants/{id}", "/api/access-grants/" + id, null, notThem);
        add("POST /api/access-grants/{id}/removal", "/api/access-grants/" + id + "/removal", Map.of("reason", "No longer needed"),
                Map.of("sam.patel", 403, "alex.morgan", 404));
        add("GET /api/cases/{type}/{id}", "/api/cases/access-grant/" + id, null, notThem);
        taskEndpoints(taskOf(id), notThem);
    }

    private void breachInvestigation() {
        Response reported = session("sam.patel").post("/api/breach-reports", Map.of("subjectKind", "EMPLOYEE", "subject", "jo.evans",
                "clauses", List.of("B1.4-abuse"), "description", "Abusive replies to residents",
                "postLinks", List.of("https://x.com/jo/status/7")));
        String id = reported.json().get("id").getStringValue();
        ApiSession helen = session("helen.carter");
        String evidence = "/api/cases/breach-investigation/" + id + "/evidence";
        String item = helen.post(evidence, Map.of("platform", "X_TWITTER", "authorHandle", "@jo", "postedAt", "2026-11-03T21:15"))
                .json().get("id").getStringValue();
        String file = helen.upload(evidence + "/" + item + "/files", Map.of(), List.of(new FilePart("file", "reply.pdf", "application/pdf", PDF)))
                .json().get("id").getStringValue();
        String document = helen.upload("/api/cases/breach-investigation/" + id + "/documents", Map.of(),
                List.of(new FilePart("file", "letter.pdf", "application/pdf", PDF))).json().get("id").getStringValue();
        String hold = helen.post("/api/retention/holds", Map.of("caseType", "breach-investigation", "caseId", id, "reason", "Tribunal"))
                .json().get("id").getStringValue();
        assertThat(helen.post("/api/investigations/" + id + "/exclusions", Map.of("username", "gary.lewis", "reason", "Jo's friend"))
                .status()).isEqualTo(204);
        // The Monitoring Officer has no business with an employee's case; the reporter and the subject are kept out of it.
        Map<String, Integer> notThem = Map.of("david.okafor", 404, "gary.lewis", 404, "jo.evans", 404, "sam.patel", 404);
        add("GET /api/investigations/{id}", "/api/investigations/" + id, null, notThem);
        add("POST /api/investigations/{id}/notes", "/api/investigations/" + id + "/notes", Map.of("kind", "NOTE", "text", "Spoke to Jo"), notThem);
        add("POST /api/investigations/{id}/exclusions", "/api/investigations/" + id + "/exclusions",
                Map.of("username", "tom.hughes", "reason", "Line manager"), notThem);
        casePage("breach-investigation", id, document, notThem);
        add("GET /api/cases/{type}/{id}/evidence", evidence, null, notThem);
        add("POST /api/cases/{type}/{id}/evidence", evidence, Map.of("platform", "X_TWITTER", "authorHandle", "@jo"), notThem);
        add("POST /api/cases/{type}/{id}/evidence/{itemId}/files", evidence + "/" + item + "/files", PDF, notThem);
        add("POST /api/cases/{type}/{id}/evidence/{itemId}/seal", evidence + "/" + item + "/seal", Map.of(), notThem);
        add("GET /api/cases/{type}/{id}/evidence/{itemId}/files/{fileId}", evidence + "/" + item + "/files/" + file, null, notThem);
        add("GET /api/cases/{type}/{id}/evidence/verification", evidence + "/verification", null, notThem);
        add("GET /api/cases/{type}/{id}/evidence/bundle", evidence + "/bundle", null, notThem);
        add("GET /api/cases/{type}/{id}/evidence/custody", evidence + "/custody", null, notThem);
        add("POST /api/retention/holds/{id}/release", "/api/retention/holds/" + hold + "/release", Map.of("reason", "Settled"),
                Map.of("david.okafor", 404, "gary.lewis", 404, "jo.evans", 403, "sam.patel", 403));
        add("GET /api/retention/cases/{caseType}/{caseId}", "/api/retention/cases/breach-investigation/" + id, null, notThem);
        add("GET /api/retention/disposals/{caseType}/{caseId}", "/api/retention/disposals/breach-investigation/" + id, null,
                Map.of("david.okafor", 403, "gary.lewis", 403, "jo.evans", 403, "sam.patel", 403));
        taskEndpoints(taskOf(id), notThem);
    }

    private void harassmentReport() {
        String id = session("cllr.jones").post("/api/harassment-reports", Map.of("platform", "X_TWITTER", "offendingAccounts", "@someone",
                "description", "Threats after the vote", "postLinks", List.of(), "immediateDanger", false, "informGroupLeader", false,
                "policeTold", false)).json().get("id").getStringValue();
        exclude("member-harassment-report", id, "fiona.campbell");
        // Another councillor, the communications team before any platform task, and a Monitoring Officer kept out of it.
        Map<String, Integer> notThem = Map.of("cllr.begum", 404, "alex.morgan", 404, "fiona.campbell", 404);
        add("GET /api/harassment-reports/{id}", "/api/harassment-reports/" + id, null, notThem);
        add("GET /api/harassment-reports/{id}/platform-report", "/api/harassment-reports/" + id + "/platform-report", null, notThem);
        add("GET /api/cases/{type}/{id}", "/api/cases/member-harassment-report/" + id, null, notThem);
        add("GET /api/cases/{type}/{id}/evidence", "/api/cases/member-harassment-report/" + id + "/evidence", null, notThem);
        taskEndpoints(taskOf(id), notThem);
    }

    private void certificationAndRegistry() {
        String campaign = session("alex.morgan").post("/api/certifications", Map.of()).json().get("id").getStringValue();
        String visitCannockChase = "6d1f0a52-0c55-4b5e-9d1a-000000000010"; // Priya owns it; Sam neither owns nor posts from it
        Map<String, Integer> notSam = Map.of("sam.patel", 404);
        add("GET /api/certifications/{id}", "/api/certifications/" + campaign, null, notSam);
        add("GET /api/certifications/{id}.csv", "/api/certifications/" + campaign + ".csv", null, Map.of("sam.patel", 403));
        add("GET /api/certifications/{id}/accounts/{accountId}", "/api/certifications/" + campaign + "/accounts/" + visitCannockChase, null,
                notSam);
        add("PUT /api/certifications/{id}/accounts/{accountId}/decisions",
                "/api/certifications/" + campaign + "/accounts/" + visitCannockChase + "/decisions",
                Map.of("decisions", List.of(Map.of("username", "priya.shah", "decision", "REMOVE", "justification", "Left"))), notSam);
        String accounts = "/api/registry/accounts/" + visitCannockChase;
        add("GET /api/registry/accounts/{id}", accounts, null, notSam);
        add("POST /api/registry/accounts/{id}/activity", accounts + "/activity", Map.of(), notSam);
        add("POST /api/registry/accounts/{id}/counts", accounts + "/counts",
                Map.of("count", 10, "countedOn", EngineClock.today().toString()), notSam);
        add("POST /api/registry/accounts/{id}/closure", accounts + "/closure", Map.of("reason", "Quiet"), Map.of("sam.patel", 403));
        // Running the registry is for the communications team alone, who see every account: Sam is refused outright.
        String period = session("alex.morgan").get(accounts).json().get("authorisedUsers").get(0).get("id").getStringValue();
        Map<String, Integer> notForSam = Map.of("sam.patel", 403, "priya.shah", 403);
        add("PUT /api/registry/accounts/{id}", accounts, Map.of("platform", "INSTAGRAM", "handle", "@visitcannockchase",
                "name", "Visit Cannock Chase", "department", "Economic Development", "kind", "DEPARTMENTAL"), notForSam);
        add("PUT /api/registry/accounts/{id}/owner", accounts + "/owner", Map.of("owner", "priya.shah"), notForSam);
        add("POST /api/registry/accounts/{id}/authorised-users", accounts + "/authorised-users",
                Map.of("username", "sam.patel", "fromDate", "2019-01-01", "toDate", "2019-01-31", "reason", "Cover"), notForSam);
        add("POST /api/registry/accounts/{id}/authorised-users/{periodId}/end", accounts + "/authorised-users/" + period + "/end",
                Map.of("lastDay", EngineClock.today().toString(), "reason", "Left"), notForSam);
    }

    private void casePage(String kind, String id, String document, Map<String, Integer> notThem) {
        String page = "/api/cases/" + kind + "/" + id;
        add("GET /api/cases/{type}/{id}", page, null, notThem);
        add("POST /api/cases/{type}/{id}/documents", page + "/documents", PDF, notThem);
        add("GET /api/cases/{type}/{id}/documents/{documentId}", page + "/documents/" + document, null, notThem);
    }

    private void taskEndpoints(String task, Map<String, Integer> notThem) {
        String path = "/api/tasks/" + task;
        for (String read : List.of("", "/form", "/diagram", "/history", "/comments")) {
            add("GET /api/tasks/{id}" + read, path + read, null, notThem);
        }
        add("POST /api/tasks/{id}/comments", path + "/comments", Map.of("message", "Looked at it"), notThem);
        add("POST /api/tasks/{id}/hand-over", path + "/hand-over", Map.of("to", "nia.roberts"), notThem);
        add("PUT /api/tasks/{id}/dates", path + "/dates", Map.of("due", "2030-01-31"), notThem);
        add("POST /api/tasks/{id}/claim", path + "/claim", "", notThem);
        add("POST /api/tasks/{id}/unclaim", path + "/unclaim", "", notThem);
        add("POST /api/tasks/{id}/complete", path + "/complete", Map.of("variables", Map.of()), notThem);
    }

    private void add(String route, String path, Object body, Map<String, Integer> refused) {
        calls.add(new Call(route, path, body, new LinkedHashMap<>(refused)));
    }

    private int send(ApiSession person, Call call) {
        String method = call.route().substring(0, call.route().indexOf(' '));
        if (call.body() instanceof byte[] file) {
            return person.upload(call.path(), Map.of(), List.of(new FilePart("file", "upload.pdf", "application/pdf", file))).status();
        }
        return switch (method) {
            case "GET" -> person.get(call.path()).status();
            case "PUT" -> person.put(call.path(), call.body()).status();
            default -> person.post(call.path(), call.body()).status();
        };
    }

    private String taskOf(String caseId) {
        var open = tasks.createTaskQuery().processVariableValueEquals("caseId", caseId).list();
        assertThat(open).as("an open task on " + caseId).isNotEmpty();
        return open.get(0).getId();
    }

    private void exclude(String kind, String id, String username) {
        transactions.executeWrite(status -> {
            exclusions.excludeInvolved(kind, id, username, "Kept out for this test", "chris.lee");
            return null;
        });
    }

    private ApiSession session(String username) {
        return ApiSession.signedIn(server, json, username);
    }

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
}
