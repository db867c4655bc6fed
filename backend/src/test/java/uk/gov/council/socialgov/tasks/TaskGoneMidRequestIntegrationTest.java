package uk.gov.council.socialgov.tasks;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A colleague finishes the task between our check and each later engine call of every task
 * endpoint, one point at a time: the answer is the one for a task that has gone (409 for those it was
 * offered to), or for a read the whole answer it had gathered; never a 500.
 * The points are the engine commands the endpoint really runs, counted on a first, undisturbed call.
 */
@MicronautTest(transactional = false)
@Property(name = "test.task-remover", value = "on")
class TaskGoneMidRequestIntegrationTest {

    private static final Map<String, Object> APPROVE = Map.of("decision", "approve");

    /** One task endpoint: how to call it, what it answers when undisturbed, and what counts as a whole answer to a read. */
    record Endpoint(String name, boolean claimFirst, int success, Function<String, String> path,
                    Function<String, Call> call, Predicate<Response> whole) {
    }

    record Call(String method, String path, Object body) {
    }

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject TaskRemover remover;

    @Test
    void aTaskFinishedBySomeoneElseDuringAnyTaskRequestIsAConflict() {
        List<String> refusedOrUnreachable = new ArrayList<>();
        for (Endpoint endpoint : endpoints()) {
            int removedAfterTheCheck = 0;
            for (int k = 1; ; k++) { // until the request runs out of engine commands before the k-th
                assertThat(k).as(endpoint.name() + " runs a bounded number of engine commands").isLessThan(100);
                String taskId = newTask(endpoint);
                remover.arm(endpoint.path().apply(taskId), k, taskId, APPROVE);
                Response answer = send(endpoint.call().apply(taskId));
                String where = endpoint.name() + ", task finished before engine command " + k + " of "
                        + remover.commands() + ": " + answer.body();
                TaskRemover.Outcome outcome = remover.outcome();
                if (outcome == TaskRemover.Outcome.NOT_REACHED) {
                    assertThat(answer.status()).as("undisturbed " + where).isEqualTo(endpoint.success());
                    break;
                }
                if (outcome == TaskRemover.Outcome.UNREACHABLE) { // our request held the task's lock there: nobody could have finished it
                    assertThat(answer.status()).as(where).isEqualTo(endpoint.success());
                    refusedOrUnreachable.add(endpoint.name() + "@" + k);
                    continue;
                }
                // Answered as if asked once the task had gone: "already done" for those it was offered to; for
                // the person who had claimed it, their own task simply no longer exists. A read may instead
                // give the whole answer it had gathered.
                int gone = endpoint.claimFirst() ? 404 : 409;
                if (answer.status() == gone) {
                    assertThat(answer.contentType()).as(where).startsWith("application/problem+json");
                } else {
                    assertThat(k).as("gone before the request looked, yet answered: " + where).isGreaterThan(1);
                    assertThat(answer.status()).as(where).isEqualTo(endpoint.success());
                    assertThat(endpoint.whole().test(answer)).as("a whole answer: " + where).isTrue();
                }
                removedAfterTheCheck += k > 1 ? 1 : 0;
            }
            assertThat(removedAfterTheCheck).as(endpoint.name() + " was disturbed after its check at least once").isPositive();
        }
        System.out.println("Points where our own lock kept the winner out: " + refusedOrUnreachable);
    }

    private List<Endpoint> endpoints() {
        Predicate<Response> mutation = answer -> true; // a change the engine made before the task went stands
        return List.of(
                new Endpoint("view", false, 200, id -> "/api/tasks/" + id, id -> new Call("GET", "/api/tasks/" + id, null),
                        answer -> answer.json().get("caseId") != null && answer.json().get("caseReference") != null),
                new Endpoint("form", false, 200, id -> "/api/tasks/" + id + "/form",
                        id -> new Call("GET", "/api/tasks/" + id + "/form", null), answer -> answer.json().get("components") != null),
                new Endpoint("diagram", false, 200, id -> "/api/tasks/" + id + "/diagram",
                        id -> new Call("GET", "/api/tasks/" + id + "/diagram", null),
                        answer -> answer.json().get("activeActivityIds").values().iterator().hasNext()),
                new Endpoint("comments", false, 200, id -> "/api/tasks/" + id + "/comments",
                        id -> new Call("GET", "/api/tasks/" + id + "/comments", null), answer -> answer.json().isArray()),
                new Endpoint("history", false, 200, id -> "/api/tasks/" + id + "/history",
                        id -> new Call("GET", "/api/tasks/" + id + "/history", null),
                        answer -> answer.json().values().iterator().hasNext()),
                new Endpoint("comment", false, 201, id -> "/api/tasks/" + id + "/comments",
                        id -> new Call("POST", "/api/tasks/" + id + "/comments", Map.of("message", "Checked the name with legal")), mutation),
                new Endpoint("claim", false, 204, id -> "/api/tasks/" + id + "/claim",
                        id -> new Call("POST", "/api/tasks/" + id + "/claim", ""), mutation),
                new Endpoint("hand back", true, 204, id -> "/api/tasks/" + id + "/unclaim",
                        id -> new Call("POST", "/api/tasks/" + id + "/unclaim", ""), mutation),
                new Endpoint("hand over", false, 204, id -> "/api/tasks/" + id + "/hand-over",
                        id -> new Call("POST", "/api/tasks/" + id + "/hand-over", Map.of("to", "nia.roberts")), mutation),
                new Endpoint("dates", false, 204, id -> "/api/tasks/" + id + "/dates",
                        id -> new Call("PUT", "/api/tasks/" + id + "/dates", Map.of("due", "2027-01-29")), mutation),
                new Endpoint("complete", false, 204, id -> "/api/tasks/" + id + "/complete",
                        id -> new Call("POST", "/api/tasks/" + id + "/complete", Map.of("variables", APPROVE)), mutation));
    }

    private ApiSession alex;
    private ApiSession priya;

    private Response send(Call call) {
        return switch (call.method()) {
            case "GET" -> alex.get(call.path());
            case "PUT" -> alex.put(call.path(), call.body());
            default -> alex.post(call.path(), call.body());
        };
    }

    /** A new account request waiting for the communications team's review, claimed by Alex first where the endpoint needs it. */
    private String newTask(Endpoint endpoint) {
        if (alex == null) {
            alex = ApiSession.signedIn(server, json, "alex.morgan");
            priya = ApiSession.signedIn(server, json, "priya.shah");
        }
        JsonNode request = priya.post("/api/account-requests", SampleRequests.accountRequest()).json();
        String taskId = alex.get("/api/cases/account-request/" + request.get("id").getStringValue()).json()
                .get("tasks").get(0).get("id").getStringValue();
        if (endpoint.claimFirst()) {
            assertThat(alex.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);
        }
        return taskId;
    }
}
