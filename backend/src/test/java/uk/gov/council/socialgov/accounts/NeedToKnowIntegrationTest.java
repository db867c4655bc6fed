package uk.gov.council.socialgov.accounts;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Need-to-know on a case: people outside it get 404 whatever id they try, a named person can be
 * kept out even with the right group, and nobody decides their own request.
 */
@MicronautTest(transactional = false)
class NeedToKnowIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void anExcludedColleagueSeesNeitherTheRequestNorItsTask() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Response created = priya.post("/api/account-requests", SampleRequests.accountRequest());
        String id = created.json().get("id").getStringValue();
        String reference = created.json().get("reference").getStringValue();
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        String taskId = taskFor(alex, reference);

        Response excluded = nia.post("/api/account-requests/" + id + "/exclusions",
                Map.of("username", "alex.morgan", "reason", "Alex's partner runs the proposed account"));
        assertThat(excluded.status()).isEqualTo(204);

        assertThat(alex.get("/api/account-requests/" + id).status()).isEqualTo(404);
        assertThat(alex.get("/api/tasks/" + taskId).status()).isEqualTo(404);
        assertThat(alex.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(404);
        assertThat(references(alex)).doesNotContain(reference);
        assertThat(references(nia)).contains(reference);

        // The requests list too, filtered in the query so its count is right, and each read audited.
        Response alexsList = alex.get("/api/account-requests?size=100");
        Response niasList = nia.get("/api/account-requests?size=100");
        assertThat(alexsList.body()).doesNotContain(reference);
        assertThat(niasList.body()).contains(reference);
        assertThat(alexsList.json().get("total").getLongValue()).isEqualTo(niasList.json().get("total").getLongValue() - 1);
        assertThat(ApiSession.signedIn(server, json, "linda.price").get("/api/audit?person=nia.roberts&caseReference=" + reference)
                .body()).contains("ACCOUNT_REQUEST_LISTED");
    }

    @Test
    void nobodyReviewsTheirOwnRequest() {
        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        assertThat(admin.post("/api/admin/users", Map.of("username", "dana.hart", "displayName", "Dana Hart",
                "password", ApiSession.DEMO_PASSWORD, "groups", List.of("staff", "service-managers", "comms"))).status())
                .isEqualTo(201);
        ApiSession dana = ApiSession.signedIn(server, json, "dana.hart");
        String reference = dana.post("/api/account-requests", SampleRequests.accountRequest()).json().get("reference").getStringValue();
        String taskId = taskFor(dana, reference);

        Response claim = dana.post("/api/tasks/" + taskId + "/claim", "");
        Response complete = dana.post("/api/tasks/" + taskId + "/complete", Map.of("variables", Map.of("decision", "approve")));

        assertThat(claim.status()).isEqualTo(403);
        assertThat(complete.status()).isEqualTo(403);
        assertThat(dana.post("/api/tasks/" + taskId + "/comments", Map.of("message", "Please approve mine")).status()).isEqualTo(403);
        assertThat(dana.put("/api/tasks/" + taskId + "/dates", Map.of("due", "2030-01-31")).status()).isEqualTo(403);
        assertThat(complete.json().get("detail").getStringValue())
                .isEqualTo("You cannot work on a case you asked for, reported, or that is about you.");
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        assertThat(nia.get("/api/tasks/" + taskId + "/history").status()).isEqualTo(200);
        assertThat(nia.get("/api/tasks/" + taskId + "/comments").status()).isEqualTo(200);
        assertThat(ApiSession.signedIn(server, json, "linda.price").get("/api/audit?person=nia.roberts&caseReference=" + reference)
                .body()).contains("TASK_HISTORY_VIEWED", "TASK_COMMENTS_VIEWED");
        assertThat(nia.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", "approve"))).status()).isEqualTo(204);
    }

    @Test
    void guessedIdsOfOtherPeoplesRequestsAndTasksAre404() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        String id = priya.post("/api/account-requests", SampleRequests.accountRequest()).json().get("id").getStringValue();
        String taskId = taskFor(ApiSession.signedIn(server, json, "alex.morgan"),
                priya.get("/api/account-requests/" + id).json().get("reference").getStringValue());

        for (String someone : List.of("tom.hughes", "sam.patel", "helen.carter", "david.okafor", "cllr.jones", "linda.price", "chris.lee")) {
            ApiSession other = ApiSession.signedIn(server, json, someone);
            assertThat(other.get("/api/account-requests/" + id).status()).as(someone).isEqualTo(404);
            assertThat(other.get("/api/account-requests/" + UUID.randomUUID()).status()).as(someone).isEqualTo(404);
            assertThat(other.get("/api/tasks/" + taskId).status()).as(someone).isEqualTo(404);
            assertThat(other.post("/api/tasks/" + taskId + "/complete", Map.of("variables", Map.of("decision", "approve"))).status())
                    .as(someone).isEqualTo(404);
        }
    }

    private static String taskFor(ApiSession session, String reference) {
        for (var task : session.get("/api/tasks?size=200").json().get("items").values()) {
            if (reference.equals(task.get("caseReference").getStringValue())) {
                return task.get("id").getStringValue();
            }
        }
        throw new AssertionError("no task for " + reference);
    }

    private static List<String> references(ApiSession session) {
        List<String> references = new java.util.ArrayList<>();
        session.get("/api/tasks?size=200").json().get("items").values()
                .forEach(task -> references.add(task.get("caseReference").getStringValue()));
        return references;
    }
}
