package uk.gov.council.socialgov.tasks;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.testing.Problems;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Out-of-office cover reaches only the tasks the cover could work themselves: never a task of a
 * group they are not in, never a step the process gives the absent person by name, and never for
 * longer than three months. Someone who leaves a group stops working its tasks.
 */
@MicronautTest(transactional = false)
class CoverIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void aCoverOutsideTheTasksGroupGetsNothingOfTheAbsentColleaguesClaimedTask() {
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        ApiSession sam = ApiSession.signedIn(server, json, "sam.patel");
        long samsOwn = sam.get("/api/tasks/counts").json().get("mine").getLongValue();
        String taskId = reviewTask(nia, "@CoverOutsideTheGroup");
        assertThat(nia.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);
        assertThat(nia.post("/api/me/substitutes", cover("sam.patel", 0, 5)).status()).isEqualTo(201);

        for (String read : List.of("", "/form", "/diagram", "/history", "/comments")) {
            assertThat(sam.get("/api/tasks/" + taskId + read).status()).as(read).isEqualTo(404);
        }
        assertThat(sam.post("/api/tasks/" + taskId + "/complete", Map.of("variables", Map.of("decision", "approve"))).status())
                .isEqualTo(404);
        assertThat(taskIds(sam, "view=mine")).doesNotContain(taskId);
        assertThat(taskIds(sam, "")).doesNotContain(taskId);
        assertThat(sam.get("/api/tasks/counts").json().get("mine").getLongValue()).isEqualTo(samsOwn);

        // The same cover by a colleague in the communications team reaches it.
        assertThat(nia.post("/api/me/substitutes", cover("alex.morgan", 0, 5)).status()).isEqualTo(201);
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        assertThat(taskIds(alex, "view=mine")).contains(taskId);
        assertThat(alex.get("/api/tasks/" + taskId).json().get("coveringFor").getStringValue()).isEqualTo("nia.roberts");
    }

    @Test
    void whenATaskIsHandedToSomeoneAwayOnlyTheCoverWhoCouldWorkItIsTold() {
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        assertThat(nia.post("/api/me/substitutes", cover("jo.evans", 0, 1)).status()).isEqualTo(201);
        assertThat(nia.post("/api/me/substitutes", cover("alex.morgan", 0, 1)).status()).isEqualTo(201);
        String taskId = reviewTask(alex, "@HandedToSomeoneAway");
        String reference = alex.get("/api/tasks/" + taskId).json().get("caseReference").getStringValue();
        assertThat(alex.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);
        assertThat(alex.post("/api/tasks/" + taskId + "/hand-over", Map.of("to", "nia.roberts")).status()).isEqualTo(204);

        // Messages are written in the hand-over's own transaction: what is not there now never will be.
        assertThat(toldOfTaskFor(nia, reference)).isTrue();
        assertThat(toldOfTaskFor(alex, reference)).isTrue(); // covering for Nia, and in the team
        assertThat(toldOfTaskFor(ApiSession.signedIn(server, json, "jo.evans"), reference)).isFalse();
    }

    @Test
    void aStepTheProcessGivesTheAbsentPersonByNameIsNeverCovered() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        String requestId = priya.post("/api/account-requests", SampleRequests.accountRequest()).json().get("id").getStringValue();
        String review = alex.get("/api/cases/account-request/" + requestId).json().get("tasks").get(0).get("id").getStringValue();
        assertThat(alex.post("/api/tasks/" + review + "/complete",
                Map.of("variables", Map.of("decision", "more-information", "question", "Who covers leave?"))).status()).isEqualTo(204);
        String answer = priya.get("/api/cases/account-request/" + requestId).json().get("tasks").get(0).get("id").getStringValue();
        assertThat(priya.get("/api/tasks/" + answer).json().get("assignee").getStringValue()).isEqualTo("priya.shah");

        assertThat(priya.post("/api/me/substitutes", cover("tom.hughes", 0, 5)).status()).isEqualTo(201);
        ApiSession tom = ApiSession.signedIn(server, json, "tom.hughes");
        assertThat(tom.get("/api/tasks/" + answer).status()).isEqualTo(404);
        assertThat(tom.post("/api/tasks/" + answer + "/complete", Map.of("variables", Map.of("answer", "Tom answers for Priya"))).status())
                .isEqualTo(404);
        assertThat(taskIds(tom, "view=mine")).doesNotContain(answer);
        assertThat(priya.get("/api/tasks/" + answer).status()).isEqualTo(200);
    }

    @Test
    void coverLastsAtMostThreeMonths() {
        ApiSession jo = ApiSession.signedIn(server, json, "jo.evans");
        Response tooLong = jo.post("/api/me/substitutes", Map.of("substitute", "sam.patel",
                "from", EngineClock.today().toString(), "to", EngineClock.today().plusMonths(3).plusDays(1).toString()));
        assertThat(Problems.messages(tooLong)).containsExactly("to: Cover can last at most 3 months: choose a last day on or before "
                + EngineClock.ukDate(EngineClock.today().plusMonths(3)));
        assertThat(jo.get("/api/me/substitutes").json().get("mine").values().iterator().hasNext()).isFalse();

        assertThat(jo.post("/api/me/substitutes", Map.of("substitute", "sam.patel",
                "from", EngineClock.today().toString(), "to", EngineClock.today().plusMonths(3).toString())).status()).isEqualTo(201);
    }

    @Test
    void someoneTakenOutOfAGroupNoLongerSeesOrWorksTheTasksTheyClaimedInIt() {
        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        assertThat(admin.post("/api/admin/users", Map.of("username", "kim.taylor", "displayName", "Kim Taylor",
                "password", ApiSession.DEMO_PASSWORD, "groups", List.of("staff", "comms"))).status()).isEqualTo(201);
        ApiSession kim = ApiSession.signedIn(server, json, "kim.taylor");
        String taskId = reviewTask(kim, "@LeavesTheTeam");
        assertThat(kim.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);

        assertThat(admin.put("/api/admin/users/kim.taylor", Map.of("displayName", "Kim Taylor", "enabled", true,
                "groups", List.of("staff"))).status()).isEqualTo(200);

        ApiSession kimNow = ApiSession.signedIn(server, json, "kim.taylor");
        assertThat(kimNow.get("/api/tasks/" + taskId).status()).isEqualTo(404);
        assertThat(kimNow.post("/api/tasks/" + taskId + "/complete", Map.of("variables", Map.of("decision", "approve"))).status())
                .isEqualTo(404);
        assertThat(taskIds(kimNow, "view=mine")).doesNotContain(taskId);

        // The task went back to the team, and the trail says why.
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        assertThat(taskIds(nia, "view=group")).contains(taskId);
        JsonNode task = nia.get("/api/tasks/" + taskId).json();
        assertThat(task.get("assignee").isNull()).isTrue();
        String reference = task.get("caseReference").getStringValue();
        assertThat(ApiSession.signedIn(server, json, "linda.price").get("/api/audit?caseReference=" + reference).body())
                .contains("TASK_HANDED_BACK", "kim.taylor left comms");
    }

    private Map<String, Object> cover(String substitute, int fromDays, int toDays) {
        return Map.of("substitute", substitute, "from", EngineClock.today().plusDays(fromDays).toString(),
                "to", EngineClock.today().plusDays(toDays).toString());
    }

    private String reviewTask(ApiSession commsOfficer, String name) {
        Map<String, Object> request = SampleRequests.accountRequest();
        request.put("proposedName", name);
        String id = ApiSession.signedIn(server, json, "priya.shah").post("/api/account-requests", request).json().get("id").getStringValue();
        return commsOfficer.get("/api/cases/account-request/" + id).json().get("tasks").get(0).get("id").getStringValue();
    }

    private static boolean toldOfTaskFor(ApiSession session, String reference) {
        for (JsonNode message : session.get("/api/me/notifications?size=100").json().get("items").values()) {
            if (message.get("subject").getStringValue().startsWith("Task for you") && message.get("text").getStringValue().contains(reference)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> taskIds(ApiSession session, String query) {
        JsonNode items = session.get("/api/tasks?size=100&" + query).json().get("items");
        List<String> ids = new ArrayList<>();
        items.values().forEach(item -> ids.add(item.get("id").getStringValue()));
        return ids;
    }
}
