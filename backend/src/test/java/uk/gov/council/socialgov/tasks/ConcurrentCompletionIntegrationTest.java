package uk.gov.council.socialgov.tasks;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.SampleRequests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fifty officers of the communications team complete the same review at the same moment: exactly one
 * succeeds, every other gets 409, the engine raises no incident and the request moves on once. Someone
 * the task was never offered to still gets 404 for it.
 */
@MicronautTest(transactional = false)
class ConcurrentCompletionIntegrationTest {

    static final int CLIENTS = 50;

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Inject ManagementService management;

    @Test
    void exactlyOneOfFiftySimultaneousCompletionsWinsAndTheRestGetConflict() throws Exception {
        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        List<ApiSession> officers = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String username = "race.officer" + i;
            assertThat(admin.post("/api/admin/users", Map.of("username", username, "displayName", "Officer " + i,
                    "password", ApiSession.DEMO_PASSWORD, "groups", List.of("staff", "comms"))).status()).isEqualTo(201);
            officers.add(ApiSession.signedIn(server, json, username));
        }
        JsonNode request = ApiSession.signedIn(server, json, "priya.shah").post("/api/account-requests", SampleRequests.accountRequest()).json();
        String requestId = request.get("id").getStringValue();
        String taskId = officers.get(0).get("/api/cases/account-request/" + requestId).json().get("tasks").get(0).get("id").getStringValue();
        long incidentsBefore = management.createJobQuery().withException().count();

        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Integer>> answers = officers.stream().map(officer -> CompletableFuture.supplyAsync(() -> {
            try {
                start.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return officer.post("/api/tasks/" + taskId + "/complete", Map.of("variables", Map.of("decision", "approve"))).status();
        }, pool)).toList();
        start.countDown();
        List<Integer> statuses = answers.stream().map(CompletableFuture::join).toList();
        pool.shutdown();

        assertThat(statuses.stream().collect(Collectors.groupingBy(status -> status, Collectors.counting())))
                .isEqualTo(Map.of(204, 1L, 409, (long) CLIENTS - 1));
        assertThat(management.createJobQuery().withException().count()).isEqualTo(incidentsBefore);
        assertThat(count("select count(*) from audit_event where action = 'TASK_COMPLETED' and case_id = ?", requestId)).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'ACCOUNT_REQUEST_APPROVED' and case_id = ?", requestId)).isEqualTo(1);
        assertThat(count("select count(*) from notification where recipient = 'priya.shah' and subject like ?",
                "%" + request.get("reference").getStringValue() + " has been approved")).isEqualTo(1);
        assertThat(ApiSession.signedIn(server, json, "priya.shah").get("/api/account-requests/" + requestId).json()
                .get("status").getStringValue()).isEqualTo("APPROVED");
        // The finished task is a conflict only for people it was offered to; for anyone else it does not exist.
        ApiSession aLoser = officers.get(statuses.indexOf(409)); // the winner finished it: for them it is simply gone
        assertThat(aLoser.get("/api/tasks/" + taskId).status()).isEqualTo(409);
        assertThat(ApiSession.signedIn(server, json, "sam.patel").get("/api/tasks/" + taskId).status()).isEqualTo(404);
    }

    private long count(String sql, String parameter) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, s -> {
            s.setString(1, parameter);
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }));
    }
}
