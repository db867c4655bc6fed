package uk.gov.council.socialgov.accounts;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** P1's first slice through the HTTP API, as the Vue app drives it. */
@MicronautTest(transactional = false)
class AccountRequestApiIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject AccountRequestStore requests;
    @Inject RuntimeService runtime;

    @Test
    void serviceManagerRequestsAndCommsApproves() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Response created = priya.post("/api/account-requests", SampleRequests.accountRequest());
        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").getStringValue();
        String reference = created.json().get("reference").getStringValue();
        assertThat(reference).matches("AR-\\d{4}-\\d{4}");
        assertThat(created.json().get("status").getStringValue()).isEqualTo("SUBMITTED");

        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        JsonNode task = reviewTaskFor(alex, reference);
        assertThat(task.get("name").getStringValue()).isEqualTo("Review account request");
        assertThat(task.get("caseId").getStringValue()).isEqualTo(id);
        assertThat(task.get("assignee").isNull()).isTrue();
        String taskId = task.get("id").getStringValue();

        assertThat(alex.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);
        assertThat(alex.get("/api/tasks/" + taskId).json().get("assignee").getStringValue()).isEqualTo("alex.morgan");
        // The rejection reason is hidden when approving, so it is left out, as the page leaves it out.
        assertThat(alex.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", "approve", "reason", ""))).status()).isEqualTo(400);
        assertThat(alex.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", "approve"))).status()).isEqualTo(204);

        JsonNode request = priya.get("/api/account-requests/" + id).json();
        assertThat(request.get("status").getStringValue()).isEqualTo("APPROVED");
        assertThat(request.get("decidedBy").getStringValue()).isEqualTo("alex.morgan");
        assertThat(alex.get("/api/tasks/" + taskId).status()).isEqualTo(404);
        // Next the department sends its branding: a task for the requester alone, on their own case.
        JsonNode next = priya.get("/api/cases/account-request/" + id).json().get("tasks").get(0);
        assertThat(next.get("name").getStringValue()).isEqualTo("Send the branding for approval");
        assertThat(next.get("assignee").getStringValue()).isEqualTo("priya.shah");
        assertThat(next.get("mayOpen").getBooleanValue()).isTrue();
        assertThat(alex.get("/api/tasks/" + next.get("id").getStringValue()).status()).isEqualTo(404);
    }

    @Test
    void commsRejectsWithAReasonTheRequesterSees() {
        ApiSession tom = ApiSession.signedIn(server, json, "tom.hughes");
        Map<String, Object> body = SampleRequests.accountRequest();
        body.put("department", "Countryside Service");
        Response created = tom.post("/api/account-requests", body);
        String id = created.json().get("id").getStringValue();

        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        String taskId = reviewTaskFor(nia, created.json().get("reference").getStringValue()).get("id").getStringValue();
        Response withoutReason = nia.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", "reject")));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(fields(withoutReason)).containsExactly("reason");
        assertThat(tom.get("/api/account-requests/" + id).json().get("status").getStringValue()).isEqualTo("SUBMITTED");

        assertThat(nia.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", "reject", "reason", "A corporate account already covers this audience")))
                .status()).isEqualTo(204);

        JsonNode request = tom.get("/api/account-requests/" + id).json();
        assertThat(request.get("status").getStringValue()).isEqualTo("REJECTED");
        assertThat(request.get("rejectionReason").getStringValue()).isEqualTo("A corporate account already covers this audience");
    }

    @Test
    void missingAnswersAreNamedAndNothingIsWritten() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        long before = requests.count();
        Map<String, Object> body = SampleRequests.accountRequest();
        @SuppressWarnings("unchecked") Map<String, Object> businessCase = (Map<String, Object>) body.get("businessCase");
        businessCase.put("objectives", " ");
        businessCase.remove("exitStrategy");
        body.put("department", "");
        body.put("platform", "MYSPACE");

        Response response = priya.post("/api/account-requests", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(fields(response)).containsExactlyInAnyOrder(
                "department", "platform", "businessCase.objectives", "businessCase.exitStrategy");
        assertThat(messages(response)).contains("Enter the department", "Enter the account's objectives");
        assertThat(requests.count()).isEqualTo(before);
    }

    @Test
    void campaignNeedsAFutureEndDateAndKnownUsers() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Map<String, Object> body = SampleRequests.accountRequest();
        body.put("kind", "CAMPAIGN");
        body.put("campaignEndDate", "2020-01-31");
        body.put("proposedUsers", List.of("priya.shah", "nobody.here"));

        Response response = priya.post("/api/account-requests", body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(fields(response)).containsExactlyInAnyOrder("campaignEndDate", "proposedUsers[1]");
    }

    @Test
    void malformedJsonIsAProblemNotAServerError() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Response response = priya.post("/api/account-requests", "{\"department\": ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("at io.micronaut");
    }

    @Test
    void onlyCommsCanSeeOrCompleteTheReview() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        String reference = priya.post("/api/account-requests", SampleRequests.accountRequest())
                .json().get("reference").getStringValue();
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        String taskId = reviewTaskFor(alex, reference).get("id").getStringValue();

        assertThat(taskReferences(priya)).doesNotContain(reference);
        assertThat(priya.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", "approve"))).status()).isEqualTo(404);
        assertThat(priya.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(404);
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isOne();
    }

    @Test
    void aTaskClaimedBySomeoneElseCannotBeTaken() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        String reference = priya.post("/api/account-requests", SampleRequests.accountRequest())
                .json().get("reference").getStringValue();
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        String taskId = reviewTaskFor(alex, reference).get("id").getStringValue();
        assertThat(alex.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);

        Response claim = nia.post("/api/tasks/" + taskId + "/claim", "");
        Response complete = nia.post("/api/tasks/" + taskId + "/complete", Map.of("variables", Map.of("decision", "approve")));

        assertThat(claim.status()).isEqualTo(409);
        assertThat(complete.status()).isEqualTo(409);
        assertThat(claim.json().get("detail").getStringValue()).isEqualTo("Someone else has already claimed this task.");
    }

    @Test
    void onlyStaffMayRequestAndOthersCannotReadTheRequest() {
        // Staff may ask since issue 19 (through their head of department); a councillor may not.
        ApiSession sam = ApiSession.signedIn(server, json, "sam.patel");
        assertThat(ApiSession.signedIn(server, json, "cllr.jones").post("/api/account-requests", SampleRequests.accountRequest()).status())
                .isEqualTo(403);

        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        String id = priya.post("/api/account-requests", SampleRequests.accountRequest()).json().get("id").getStringValue();
        Response asSam = sam.get("/api/account-requests/" + id);
        assertThat(asSam.status()).isEqualTo(404);
        assertThat(ApiSession.signedIn(server, json, "alex.morgan").get("/api/account-requests/" + id).status()).isEqualTo(200);
        assertThat(ApiSession.anonymous(server, json).get("/api/account-requests/" + id).status()).isEqualTo(401);
    }

    @Test
    void changesWithoutTheCsrfTokenAreRefused() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        long before = requests.count();
        Response response = priya.postWithoutCsrf("/api/account-requests", SampleRequests.accountRequest());
        assertThat(response.status()).isEqualTo(403);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(requests.count()).isEqualTo(before);
    }

    private static JsonNode reviewTaskFor(ApiSession session, String reference) {
        Response tasks = session.get("/api/tasks?size=200");
        assertThat(tasks.status()).isEqualTo(200);
        return StreamSupport.stream(tasks.json().get("items").values().spliterator(), false)
                .filter(task -> reference.equals(task.get("caseReference").getStringValue()))
                .findFirst().orElseThrow(() -> new AssertionError("No task for " + reference + " in " + tasks.body()));
    }

    private static List<String> taskReferences(ApiSession session) {
        List<String> references = new ArrayList<>();
        session.get("/api/tasks?size=200").json().get("items").values()
                .forEach(task -> references.add(task.get("caseReference").getStringValue()));
        return references;
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        response.json().get("errors").values().forEach(error -> fields.add(error.get("field").getStringValue()));
        return fields;
    }

    private static List<String> messages(Response response) {
        List<String> messages = new ArrayList<>();
        response.json().get("errors").values().forEach(error -> messages.add(error.get("message").getStringValue()));
        return messages;
    }
}
