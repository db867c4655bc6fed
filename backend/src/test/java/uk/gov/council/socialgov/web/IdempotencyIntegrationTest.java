package uk.gov.council.socialgov.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.testing.ApiSession;
import uk.gov.council.socialgov.testing.ApiSession.Response;
import uk.gov.council.socialgov.testing.SampleRequests;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;

/** A process start retried with the same Idempotency-Key creates one process, and the retry gets the first answer. */
@MicronautTest(transactional = false)
class IdempotencyIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject RuntimeService runtime;
    @Inject IdempotencyKeyExpiry expiry;

    @Test
    void aRetriedRequestStartsOneProcessAndGetsTheFirstAnswerAgain() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        int before = requests(priya);
        Map<String, String> key = Map.of(IdempotencyFilter.HEADER, UUID.randomUUID().toString());

        Response first = priya.post("/api/account-requests", SampleRequests.accountRequest(), key);
        Response retry = priya.post("/api/account-requests", SampleRequests.accountRequest(), key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").getStringValue()).isEqualTo(first.json().get("id").getStringValue());
        assertThat(requests(priya)).isEqualTo(before + 1);
        String reference = first.json().get("reference").getStringValue();
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).isEqualTo(1);

        assertThat(priya.post("/api/breach-reports", Map.of(), key).status()).isEqualTo(422);
        Response someoneElse = ApiSession.signedIn(server, json, "tom.hughes").post("/api/account-requests",
                SampleRequests.accountRequest(), key);
        assertThat(someoneElse.status()).isEqualTo(201);
        assertThat(someoneElse.json().get("id").getStringValue()).isNotEqualTo(first.json().get("id").getStringValue());
    }

    @Test
    void aRefusedRequestKeepsNothingSoItCanBeCorrectedWithTheSameKey() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Map<String, String> key = Map.of(IdempotencyFilter.HEADER, UUID.randomUUID().toString());
        Map<String, Object> wrong = new HashMap<>(SampleRequests.accountRequest());
        wrong.remove("proposedName");

        assertThat(priya.post("/api/account-requests", wrong, key).status()).isEqualTo(400);
        Response corrected = priya.post("/api/account-requests", SampleRequests.accountRequest(), key);
        assertThat(corrected.status()).isEqualTo(201);
        assertThat(priya.post("/api/account-requests", Map.of(), Map.of(IdempotencyFilter.HEADER, " ")).status()).isEqualTo(400);
    }

    @Test
    void simultaneousRetriesStartOneProcess() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        int before = requests(priya);
        Map<String, String> key = Map.of(IdempotencyFilter.HEADER, UUID.randomUUID().toString());
        List<Integer> statuses = List.of(1, 2, 3, 4, 5, 6).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> priya.post("/api/account-requests", SampleRequests.accountRequest(), key).status()))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(statuses).contains(201).allMatch(status -> status == 201 || status == 409);
        assertThat(requests(priya)).isEqualTo(before + 1);
    }

    @Test
    void anAnswerIsForgottenAfterADaySoTheKeyStartsANewProcess() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Map<String, String> key = Map.of(IdempotencyFilter.HEADER, UUID.randomUUID().toString());
        Response first = priya.post("/api/account-requests", SampleRequests.accountRequest(), key);
        assertThat(first.status()).isEqualTo(201);

        assertThat(expiry.purgeOlderThan(EngineClock.now().minus(Duration.ofHours(23)))).isZero();
        assertThat(priya.post("/api/account-requests", SampleRequests.accountRequest(), key).json().get("id").getStringValue())
                .as("still within the day: the first answer again").isEqualTo(first.json().get("id").getStringValue());

        assertThat(expiry.purgeOlderThan(EngineClock.now().plus(Duration.ofHours(1)))).isPositive();
        Response afterADay = priya.post("/api/account-requests", SampleRequests.accountRequest(), key);
        assertThat(afterADay.status()).isEqualTo(201);
        assertThat(afterADay.json().get("id").getStringValue()).isNotEqualTo(first.json().get("id").getStringValue());
    }

    private static int requests(ApiSession session) {
        return (int) session.get("/api/account-requests?size=200").json().get("total").getLongValue();
    }
}
