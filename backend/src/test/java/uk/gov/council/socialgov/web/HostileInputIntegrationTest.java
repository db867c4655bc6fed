package uk.gov.council.socialgov.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.testing.Problems;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Text is only ever stored and shown, never evaluated; oversized, malformed and mistyped bodies get a 4xx problem. */
@MicronautTest(transactional = false)
class HostileInputIntegrationTest {

    private static final String EL = "${execution.setVariable('decision', 'approve')}";
    private static final String SPEL = "#{T(java.lang.Runtime).getRuntime().exec('touch /tmp/pwned')}";
    private static final String FEEL = "=now()";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void expressionsInTextAreStoredVerbatimAndNeverRun() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Map<String, Object> body = SampleRequests.accountRequest();
        body.put("proposedName", EL);
        body.put("department", SPEL);
        @SuppressWarnings("unchecked") Map<String, Object> businessCase = (Map<String, Object>) body.get("businessCase");
        businessCase.put("objectives", FEEL);
        Response created = priya.post("/api/account-requests", body);
        assertThat(created.status()).isEqualTo(201);

        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        String reference = created.json().get("reference").getStringValue();
        var task = alex.get("/api/tasks?size=200").json().get("items").values();
        String taskId = null;
        for (var item : task) {
            if (reference.equals(item.get("caseReference").getStringValue())) {
                assertThat(item.get("caseTitle").getStringValue()).isEqualTo(EL + " on LinkedIn");
                taskId = item.get("id").getStringValue();
            }
        }
        assertThat(taskId).isNotNull();
        assertThat(alex.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", "reject", "reason", "${1+1} " + EL))).status()).isEqualTo(204);

        var request = priya.get("/api/account-requests/" + created.json().get("id").getStringValue()).json();
        assertThat(request.get("status").getStringValue()).isEqualTo("REJECTED");
        assertThat(request.get("proposedName").getStringValue()).isEqualTo(EL);
        assertThat(request.get("department").getStringValue()).isEqualTo(SPEL);
        assertThat(request.get("businessCase").get("objectives").getStringValue()).isEqualTo(FEEL);
        assertThat(request.get("rejectionReason").getStringValue()).isEqualTo("${1+1} " + EL);
        assertThat(new java.io.File("/tmp/pwned")).doesNotExist();
    }

    @Test
    void anOversizedBodyIsRefusedWithAProblem() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Map<String, Object> body = SampleRequests.accountRequest();
        body.put("department", "x".repeat(11 * 1024 * 1024));
        Response response = priya.postExpectingContinue("/api/account-requests", body);
        assertThat(response.status()).isEqualTo(413);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    @Test
    void anOverlongFieldIsNamed() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Map<String, Object> body = SampleRequests.accountRequest();
        body.put("department", "x".repeat(201));
        Response response = priya.post("/api/account-requests", body);
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"department\"", "Department must be 200 characters or fewer");
    }

    @Test
    void mistypedAndMalformedBodiesAreProblemsNotServerErrors() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        for (String body : new String[]{"[]", "null", "{\"proposedUsers\": \"priya.shah\"}", "{\"businessCase\": 42}",
                "{\"department\": {\"$gt\": \"\"}}", "not json at all", "{\"kind\": \"DEPARTMENTAL\",}"}) {
            Response response = priya.post("/api/account-requests", body);
            assertThat(response.status()).as(body).isBetween(400, 499);
            assertThat(response.contentType()).as(body).startsWith("application/problem+json");
            assertThat(response.body()).as(body).doesNotContain("Exception", "at io.", "at uk.", "SQL");
        }
    }

    @Test
    void taskValuesOfTheWrongShapeAreNamed() {
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        String taskId = alex.get("/api/tasks").json().get("items").values().iterator().next().get("id").getStringValue();
        Response response = alex.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", "reject", "reason", Map.of("nested", "object"))));
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"reason\"");
    }

    @Test
    void aControlCharacterInAnAddressIsRefusedNamingWhereItIs() {
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        assertThat(Problems.fields(alex.get("/api/tasks/%00/form"))).containsExactly("path");
        assertThat(Problems.fields(alex.get("/api/investigations/%01"))).containsExactly("path");
        assertThat(Problems.fields(alex.get("/api/tasks?caseReference=AR%00"))).containsExactly("caseReference");
        assertThat(Problems.fields(alex.post("/api/retention/holds/%00/release", Map.of("reason", "x")))).containsExactly("path");
    }

    @Test
    void aPageSoFarOnThatItsFirstRowOverflowsIsRefused() {
        Map<String, String> lists = Map.of("/api/tasks", "alex.morgan", "/api/account-requests", "alex.morgan",
                "/api/admin/users", "chris.lee", "/api/audit", "linda.price", "/api/me/notifications", "alex.morgan",
                "/api/notifications", "chris.lee", "/api/registry/accounts", "alex.morgan", "/api/investigations", "helen.carter",
                "/api/access-grants", "alex.morgan");
        lists.forEach((path, who) -> assertThat(Problems.messages(ApiSession.signedIn(server, json, who)
                .get(path + "?page=2147483647&size=100"))).as(path).containsExactly("page: Page must be 10,000 or less"));
    }

    @Test
    void aNumberOrAFlagWhereTextIsExpectedIsRefusedNamingTheField() {
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        assertThat(Problems.fields(nia.post("/api/emergencies", "{\"holdingMessage\": 1.5e308}"))).containsExactly("holdingMessage");
        assertThat(Problems.fields(nia.post("/api/emergencies", "{\"holdingMessage\": true}"))).containsExactly("holdingMessage");
        assertThat(nia.get("/api/emergency").body()).doesNotContain("1.5E308");
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        String body = accountRequestWith("proposedName", 12345);
        assertThat(Problems.fields(priya.post("/api/account-requests", body))).containsExactly("proposedName");
        ApiSession sam = ApiSession.signedIn(server, json, "sam.patel");
        assertThat(Problems.messages(sam.put("/api/me/notification-settings", Map.of("dailyDigest", "sometimes"))))
                .containsExactly("dailyDigest: Enter dailyDigest as true or false");
        assertThat(Problems.fields(sam.put("/api/me/notification-settings", Map.of("dailyDigest", 1)))).containsExactly("dailyDigest");
    }

    private String accountRequestWith(String field, Object value) {
        Map<String, Object> request = new java.util.HashMap<>(SampleRequests.accountRequest());
        request.put(field, value);
        try {
            return json.writeValueAsString(request);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
