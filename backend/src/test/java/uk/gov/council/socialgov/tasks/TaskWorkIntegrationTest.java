package uk.gov.council.socialgov.tasks;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The work queue as the communications team uses it: views, criteria, hand-over, dates, comments, bulk, cover. */
@MicronautTest(transactional = false)
class TaskWorkIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void viewsAndCountsFollowClaimingAndHandingOver() {
        String reference = newRequest("@ViewsAndCounts");
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        JsonNode before = alex.get("/api/tasks/counts").json();
        String taskId = taskId(alex, reference);

        assertThat(alex.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);
        JsonNode claimed = alex.get("/api/tasks/counts").json();
        assertThat(claimed.get("mine").getLongValue()).isEqualTo(before.get("mine").getLongValue() + 1);
        assertThat(claimed.get("group").getLongValue()).isEqualTo(before.get("group").getLongValue() - 1);
        assertThat(references(alex, "view=mine")).contains(reference);
        assertThat(references(alex, "view=group")).doesNotContain(reference);

        Response wrongPerson = alex.post("/api/tasks/" + taskId + "/hand-over", Map.of("to", "priya.shah"));
        assertThat(wrongPerson.status()).isEqualTo(400);
        assertThat(wrongPerson.body()).contains("\"field\":\"to\"", "is not in a group that works on this task");

        assertThat(alex.post("/api/tasks/" + taskId + "/hand-over", Map.of("to", "nia.roberts")).status()).isEqualTo(204);
        assertThat(references(nia, "view=mine")).contains(reference);
        assertThat(references(alex, "view=handed-over")).contains(reference);
        JsonNode handedOver = alex.get("/api/tasks?view=handed-over&caseReference=" + reference).json().get("items").values().iterator().next();
        assertThat(handedOver.get("handedOverBy").getStringValue()).isEqualTo("alex.morgan");
        assertThat(handedOver.get("assignee").getStringValue()).isEqualTo("nia.roberts");
    }

    @Test
    void criteriaFindTheRightTasks() {
        String reference = newRequest("@Countryside Rangers Blog");
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");

        assertThat(references(alex, "caseReference=" + reference)).containsExactly(reference);
        assertThat(references(alex, "text=rangers%20BLOG")).contains(reference);
        assertThat(references(alex, "text=%25")).doesNotContain(reference); // a typed % is not a wildcard
        assertThat(references(alex, "name=Review&processKey=account-request")).contains(reference);
        assertThat(references(alex, "candidateGroup=hr")).isEmpty();

        String taskId = taskId(alex, reference);
        assertThat(alex.put("/api/tasks/" + taskId + "/dates", Map.of("due", "2020-01-31")).status()).isEqualTo(204);
        assertThat(references(alex, "overdue=true")).contains(reference);
        JsonNode task = alex.get("/api/tasks/" + taskId).json();
        assertThat(task.get("due").getStringValue()).isEqualTo("2020-01-31T17:00:00Z"); // 17:00 UK time (GMT in January)
        assertThat(references(alex, "dueFrom=2020-01-31&dueTo=2020-01-31")).containsExactly(reference);
        assertThat(alex.put("/api/tasks/" + taskId + "/dates", Map.of("due", "2020-01-31", "followUp", "2020-01-20")).status()).isEqualTo(204);
        assertThat(references(alex, "followUpFrom=2020-01-20&followUpTo=2020-01-20")).containsExactly(reference);
        String today = EngineClock.today().toString();
        assertThat(references(alex, "createdFrom=" + today + "&createdTo=" + today)).contains(reference);
        assertThat(references(alex, "createdTo=2020-01-01")).doesNotContain(reference);

        Response badDate = alex.put("/api/tasks/" + taskId + "/dates", Map.of("due", "31/01/2020"));
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.body()).contains("\"field\":\"due\"");
        assertThat(alex.get("/api/tasks?sort=colour").body()).contains("\"field\":\"sort\"");
    }

    @Test
    void aTaskPageHasInstructionsPolicyFormDiagramCommentsAndHistory() {
        String reference = newRequest("@TaskPage");
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        String taskId = taskId(alex, reference);
        alex.post("/api/tasks/" + taskId + "/claim", "");

        JsonNode task = alex.get("/api/tasks/" + taskId).json();
        assertThat(task.get("instructions").getStringValue()).startsWith("Check the business case against policy D 6.1");
        assertThat(task.get("policyClauses").values()).extracting(JsonNode::getStringValue).containsExactly("D 6.1", "D 6.2", "D 2.2");
        assertThat(task.get("processName").getStringValue()).isEqualTo("New social media account request");
        JsonNode clause = alex.get("/api/policy/clauses/D%206.1").json();
        assertThat(clause.get("text").getStringValue()).startsWith("Departments can request the setting up of a social media account");
        assertThat(alex.get("/api/policy/clauses/D%2099.9").status()).isEqualTo(404);

        assertThat(alex.get("/api/tasks/" + taskId + "/form").json().get("id").getStringValue()).isEqualTo("ReviewAccountRequest");
        JsonNode diagram = alex.get("/api/tasks/" + taskId + "/diagram").json();
        assertThat(diagram.get("bpmnXml").getStringValue()).contains("<bpmn:userTask id=\"UserTask_ReviewRequest\"");
        assertThat(diagram.get("activeActivityIds").values()).extracting(JsonNode::getStringValue).containsExactly("UserTask_ReviewRequest");

        Response added = alex.post("/api/tasks/" + taskId + "/comments", Map.of("message", "Asked the department for the exit plan"));
        assertThat(added.status()).isEqualTo(201);
        JsonNode comments = alex.get("/api/tasks/" + taskId + "/comments").json();
        assertThat(comments.get(0).get("message").getStringValue()).isEqualTo("Asked the department for the exit plan");
        assertThat(comments.get(0).get("authorName").getStringValue()).isEqualTo("Alex Morgan (Communications Officer)");

        List<String> actions = new ArrayList<>();
        alex.get("/api/tasks/" + taskId + "/history").json().values().forEach(entry -> actions.add(entry.get("action").getStringValue()));
        assertThat(actions).containsExactly("ACCOUNT_REQUEST_SUBMITTED", "TASK_CLAIMED", "TASK_COMMENTED");
    }

    @Test
    void bulkClaimReportsEachTask() {
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        String first = taskId(alex, newRequest("@BulkOne"));
        String second = taskId(alex, newRequest("@BulkTwo"));

        JsonNode result = alex.post("/api/tasks/bulk/claim", Map.of("taskIds", List.of(first, second, "no-such-task"))).json();

        assertThat(result.get("done").values()).extracting(JsonNode::getStringValue).containsExactly(first, second);
        assertThat(result.get("failed").get(0).get("taskId").getStringValue()).isEqualTo("no-such-task");
        assertThat(result.get("failed").get(0).get("reason").getStringValue()).isEqualTo("There is no task no-such-task");
        assertThat(references(alex, "view=mine").size()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSubstituteSeesAndFinishesTheAbsentColleaguesTasks() {
        String reference = newRequest("@CoverWhileAway");
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        String taskId = taskId(nia, reference);
        nia.post("/api/tasks/" + taskId + "/claim", "");
        String today = EngineClock.now().atZone(ZoneId.of("Europe/London")).toLocalDate().toString();

        Response cover = nia.post("/api/me/substitutes", Map.of("substitute", "alex.morgan", "from", today, "to", today));
        assertThat(cover.status()).isEqualTo(201);
        assertThat(nia.post("/api/me/substitutes", Map.of("substitute", "nia.roberts", "from", today, "to", "2001-01-01"))
                .body()).contains("\"field\":\"substitute\"", "\"field\":\"to\"");

        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        JsonNode covered = alex.get("/api/tasks?view=mine&caseReference=" + reference).json().get("items").get(0);
        assertThat(covered.get("coveringFor").getStringValue()).isEqualTo("nia.roberts");
        assertThat(alex.get("/api/me/substitutes").json().get("coveringFor").get(0).get("absent").getStringValue()).isEqualTo("nia.roberts");
        assertThat(alex.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", "approve"))).status()).isEqualTo(204);

        JsonNode audit = ApiSession.signedIn(server, json, "linda.price").get("/api/audit?caseReference=" + reference).json().get("items");
        JsonNode completed = null;
        for (JsonNode row : audit.values()) {
            if (row.get("action").getStringValue().equals("TASK_COMPLETED")) {
                completed = row;
            }
        }
        assertThat(completed).isNotNull();
        assertThat(completed.get("actor").getStringValue()).isEqualTo("alex.morgan");
        assertThat(completed.get("onBehalfOf").getStringValue()).isEqualTo("nia.roberts");

        String coverId = cover.json().get("id").getStringValue();
        assertThat(alex.delete("/api/me/substitutes/" + coverId).status()).isEqualTo(404); // only the absent person ends it
        assertThat(nia.delete("/api/me/substitutes/" + coverId).status()).isEqualTo(204);
    }

    @Test
    void filtersAreSavedForMeOrSharedWithMyGroup() {
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        Response saved = alex.post("/api/task-filters", Map.of("name", "Overdue account reviews",
                "criteria", Map.of("view", "group", "processKey", "account-request", "overdue", "true"), "sharedWithGroup", "comms"));
        assertThat(saved.status()).isEqualTo(201);
        String id = saved.json().get("id").getStringValue();

        JsonNode seenByNia = filterNamed(ApiSession.signedIn(server, json, "nia.roberts"), "Overdue account reviews");
        assertThat(seenByNia.get("mine").getBooleanValue()).isFalse();
        assertThat(seenByNia.get("ownerName").getStringValue()).isEqualTo("Alex Morgan (Communications Officer)");
        assertThat(seenByNia.get("criteria").get("processKey").getStringValue()).isEqualTo("account-request");
        assertThat(filterNamed(ApiSession.signedIn(server, json, "priya.shah"), "Overdue account reviews")).isNull();
        assertThat(ApiSession.signedIn(server, json, "nia.roberts").delete("/api/task-filters/" + id).status()).isEqualTo(404);

        assertThat(alex.post("/api/task-filters", Map.of("name", "Mine", "criteria", Map.of("colour", "red"))).body())
                .contains("\"field\":\"criteria\"");
        assertThat(alex.post("/api/task-filters", Map.of("name", "HR's", "criteria", Map.of("view", "group"), "sharedWithGroup", "hr")).body())
                .contains("\"field\":\"sharedWithGroup\"");
        assertThat(alex.delete("/api/task-filters/" + id).status()).isEqualTo(204);
        assertThat(filterNamed(alex, "Overdue account reviews")).isNull();
    }

    private static JsonNode filterNamed(ApiSession session, String name) {
        for (JsonNode filter : session.get("/api/task-filters").json().values()) {
            if (filter.get("name").getStringValue().equals(name)) {
                return filter;
            }
        }
        return null;
    }

    @Test
    void staffMayStartAnAccountRequestButCouncillorsMayNot() {
        // Since issue 19 any member of staff may ask (their head of department endorses it first).
        assertThat(startable(ApiSession.signedIn(server, json, "priya.shah"))).isTrue();
        assertThat(startable(ApiSession.signedIn(server, json, "sam.patel"))).isTrue();
        assertThat(startable(ApiSession.signedIn(server, json, "cllr.jones"))).isFalse();
    }

    private boolean startable(ApiSession session) {
        for (JsonNode process : session.get("/api/processes").json().values()) {
            if (process.get("key").getStringValue().equals("account-request")) {
                return process.get("startable").getBooleanValue();
            }
        }
        throw new AssertionError("account-request is not listed");
    }

    private String newRequest(String name) {
        Map<String, Object> body = SampleRequests.accountRequest();
        body.put("proposedName", name);
        return ApiSession.signedIn(server, json, "priya.shah").post("/api/account-requests", body)
                .json().get("reference").getStringValue();
    }

    private static String taskId(ApiSession session, String reference) {
        return session.get("/api/tasks?caseReference=" + reference).json().get("items").get(0).get("id").getStringValue();
    }

    private static List<String> references(ApiSession session, String query) {
        Response response = session.get("/api/tasks?size=200&" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        List<String> references = new ArrayList<>();
        response.json().get("items").values().forEach(task -> references.add(task.get("caseReference").getStringValue()));
        return references;
    }
}
