package uk.gov.council.socialgov.web;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

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
        List<Response> answers = List.of(1, 2, 3, 4, 5, 6).stream()
                .map(i -> CompletableFuture.supplyAsync(() -> priya.post("/api/account-requests", SampleRequests.accountRequest(), key)))
                .toList().stream().map(CompletableFuture::join).toList();

        assertThat(answers).allSatisfy(answer -> assertThat(answer.status()).as(answer.body()).isEqualTo(201));
        assertThat(answers.stream().map(answer -> answer.json().get("id").getStringValue()).distinct())
                .as("each send waited for the first and was given its request").hasSize(1);
        assertThat(requests(priya)).isEqualTo(before + 1);
    }

    /**
     * PostgreSQL stopping mid-commit can commit a start and lose its answer (the bench's database
     * restart test does it for real). What is left is a claim with its case but no answer, as here;
     * the retry is given that case, not a second one.
     */
    @Test
    void aStartWhoseAnswerWasLostIsFoundByTheRetryNotStartedAgain() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        int before = requests(priya);
        String key = UUID.randomUUID().toString();
        Response first = priya.post("/api/account-requests", SampleRequests.accountRequest(), Map.of(IdempotencyFilter.HEADER, key));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        loseTheAnswer("priya.shah", key);

        Response retry = priya.post("/api/account-requests", SampleRequests.accountRequest(), Map.of(IdempotencyFilter.HEADER, key));

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.json().get("id").getStringValue()).isEqualTo(first.json().get("id").getStringValue());
        assertThat(requests(priya)).isEqualTo(before + 1);
        Response again = priya.post("/api/account-requests", SampleRequests.accountRequest(), Map.of(IdempotencyFilter.HEADER, key));
        assertThat(again.headers().firstValue(IdempotencyFilter.REPLAYED)).as("the retry's answer was kept").hasValue("true");
    }

    /** Every kind of case a person opens goes through the one case start, so each finds its lost answer the same way. */
    @Test
    void everyKindOfCaseFindsTheCaseItsLostAnswerMade() {
        record Start(String username, String path, Map<String, Object> form) {
        }
        List<Start> starts = List.of(
                new Start("mark.wilson", "/api/access-grants", Map.of(
                        "accountIds", List.of("6d1f0a52-0c55-4b5e-9d1a-000000000005"), "purpose", "Run the parks consultation",
                        "intendedUse", "Two posts a week", "requestedEndDate", EngineClock.today().plusMonths(2).toString())),
                new Start("sam.patel", "/api/breach-reports", Map.of("subjectKind", "EMPLOYEE", "subject", "jo.evans",
                        "clauses", List.of("B1.4-abuse"), "description", "Abusive replies to residents",
                        "postLinks", List.of())),
                new Start("cllr.jones", "/api/harassment-reports", Map.of("platform", "X_TWITTER", "offendingAccounts", "@someone",
                        "description", "Threats after the vote", "postLinks", List.of(), "immediateDanger", false,
                        "informGroupLeader", false, "policeTold", false)));
        for (Start start : starts) {
            ApiSession person = ApiSession.signedIn(server, json, start.username());
            String key = UUID.randomUUID().toString();
            Response first = person.post(start.path(), start.form(), Map.of(IdempotencyFilter.HEADER, key));
            assertThat(first.status()).as(start.path() + ": " + first.body()).isEqualTo(201);
            String reference = first.json().get("reference").getStringValue();
            loseTheAnswer(start.username(), key);

            Response retry = person.post(start.path(), start.form(), Map.of(IdempotencyFilter.HEADER, key));

            assertThat(retry.status()).as(start.path() + ": " + retry.body()).isEqualTo(201);
            assertThat(retry.json().get("id").getStringValue()).as(start.path()).isEqualTo(first.json().get("id").getStringValue());
            assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(reference).count()).as(start.path()).isOne();
        }
    }

    /** Starts that are not cases take part too: a certification campaign whose answer was lost is not started twice. */
    @Test
    void aCertificationCampaignWhoseAnswerWasLostIsFoundByTheRetry() {
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        String key = UUID.randomUUID().toString();
        Response first = alex.post("/api/certifications", Map.of(), Map.of(IdempotencyFilter.HEADER, key));
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        long campaigns = alex.get("/api/certifications").json().get("items").size();
        loseTheAnswer("alex.morgan", key);

        Response retry = alex.post("/api/certifications", Map.of(), Map.of(IdempotencyFilter.HEADER, key));

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.json().get("id").getStringValue()).isEqualTo(first.json().get("id").getStringValue());
        assertThat(alex.get("/api/certifications").json().get("items").size()).isEqualTo(campaigns);
    }

    /** A claim whose request never finished (the database went away before anything was kept) does not block its key. */
    @Test
    void anAbandonedClaimDoesNotBlockItsKey() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        int before = requests(priya);
        String key = UUID.randomUUID().toString();
        claim("priya.shah", key, Instant.now().minusSeconds(5));

        Response retry = priya.post("/api/account-requests", SampleRequests.accountRequest(), Map.of(IdempotencyFilter.HEADER, key));

        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(requests(priya)).isEqualTo(before + 1);
    }

    private void loseTheAnswer(String username, String key) {
        int lost = transactions.executeWrite(status -> jdbc.prepareStatement("update idempotent_request set status = null, content_type = null, location = null, body = null "
                + "where username = ? and idempotency_key = ? and case_id is not null", s -> {
            s.setString(1, username);
            s.setString(2, key);
            return s.executeUpdate();
        }));
        assertThat(lost).as("the start recorded its case on the claim").isOne();
    }

    private void claim(String username, String key, Instant at) {
        transactions.executeWrite(status -> jdbc.prepareStatement("insert into idempotent_request (username, idempotency_key, request_path, created_at) values (?, ?, ?, ?) "
                + "on conflict (username, idempotency_key) do update set created_at = excluded.created_at", s -> {
            s.setString(1, username);
            s.setString(2, key);
            s.setString(3, "/api/account-requests");
            s.setTimestamp(4, Timestamp.from(at));
            return s.executeUpdate();
        }));
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
