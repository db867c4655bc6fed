package uk.gov.council.socialgov.access;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.testing.Problems;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Certification over HTTP: who starts it, who sees which accounts, decisions with bad input refused field by field, the CSV report. */
@MicronautTest(transactional = false)
class CertificationApiIntegrationTest {

    private static final String VISIT_CANNOCK_CHASE = "6d1f0a52-0c55-4b5e-9d1a-000000000010";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    @Test
    void ownersSeeTheirAccountsAndDecideWithAReasonForEachPerson() {
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        assertThat(priya.post("/api/certifications", Map.of()).status()).isEqualTo(403);
        Response started = alex.post("/api/certifications", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.json().get("id").getStringValue();

        JsonNode mine = priya.get("/api/certifications/" + id).json();
        assertThat(mine.get("accounts").size()).isEqualTo(1);
        assertThat(mine.get("accounts").get(0).get("name").getStringValue()).isEqualTo("Visit Cannock Chase");
        assertThat(alex.get("/api/certifications/" + id).json().get("accounts").size()).isGreaterThan(1);
        assertThat(ApiSession.signedIn(server, json, "sam.patel").get("/api/certifications/" + id).status()).isEqualTo(404);

        String decisions = "/api/certifications/" + id + "/accounts/" + VISIT_CANNOCK_CHASE + "/decisions";
        Response wrong = priya.put(decisions, Map.of("decisions", List.of(Map.of("username", "priya.shah", "decision", "MAYBE",
                "justification", "Runs the account"))));
        assertThat(fields(wrong)).containsExactly("decisions[0].decision");
        assertThat(fields(priya.put(decisions, Map.of("decisions", List.of(Map.of("username", "priya.shah", "decision", "REMOVE",
                "justification", " ")))))).containsExactly("decisions[0].justification");
        assertThat(fields(priya.put(decisions, Map.of("decisions", List.of(Map.of("username", "sam.patel", "decision", "KEEP",
                "justification", "Not on this account")))))).containsExactly("decisions[0].username");
        assertThat(ApiSession.signedIn(server, json, "tom.hughes").put(decisions, Map.of("decisions", List.of(Map.of(
                "username", "priya.shah", "decision", "KEEP", "justification", "Not mine")))).status()).isEqualTo(404);

        // An owner may not certify keeping themselves: the communications team decides that.
        assertThat(Problems.messages(priya.put(decisions, Map.of("decisions", List.of(Map.of("username", "priya.shah", "decision", "KEEP",
                "justification", "Runs the account")))))).containsExactly(
                "decisions[0].decision: Someone else decides whether you keep access: the communications team will");
        assertThat(alex.put(decisions, Map.of("decisions", List.of(Map.of("username", "priya.shah", "decision", "KEEP",
                "justification", "Runs the account")))).status()).isEqualTo(204);
        JsonNode person = priya.get("/api/certifications/" + id).json().get("accounts").get(0).get("people").get(0);
        assertThat(person.get("decision").getStringValue()).isEqualTo("KEEP");
        assertThat(person.get("decidedBy").getStringValue()).isEqualTo("alex.morgan");

        ApiSession linda = ApiSession.signedIn(server, json, "linda.price");
        var csv = linda.download("/api/certifications/" + id + ".csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .startsWith("campaign,account,platform,username,name,decision,reason,decided_by,decided_at,by_default,applied_at")
                .contains("Visit Cannock Chase,Instagram,priya.shah,");
        assertThat(linda.get("/api/certifications").json().get("items").get(0).get("decided").getIntValue()).isEqualTo(1);
        assertThat(priya.get("/api/certifications").status()).isEqualTo(403);
    }

    @Test
    void decisionsAreAuditedAndFrozenOnceTheOwnerHasSignedOff() {
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Response started = alex.post("/api/certifications", Map.of());
        String id = started.json().get("id").getStringValue();
        String reference = started.json().get("reference").getStringValue();
        String decisions = "/api/certifications/" + id + "/accounts/" + VISIT_CANNOCK_CHASE + "/decisions";
        assertThat(alex.put(decisions, Map.of("decisions", List.of(Map.of("username", "priya.shah", "decision", "KEEP",
                "justification", "Runs the account")))).status()).isEqualTo(204);
        assertThat(ApiSession.signedIn(server, json, "linda.price").get("/api/audit?caseReference=" + reference).body())
                .contains("CERTIFICATION_DECIDED", "priya.shah: KEEP");

        String task = null;
        for (JsonNode found : priya.get("/api/tasks?view=mine&size=100").json().get("items").values()) {
            if (id.equals(found.get("caseId").getStringValue())) {
                task = found.get("id").getStringValue();
            }
        }
        assertThat(task).as("the owner's own certification task").isNotNull();
        assertThat(alex.get("/api/tasks/" + task).status()).as("the owner's own step").isEqualTo(404);
        assertThat(priya.post("/api/tasks/" + task + "/complete", Map.of("variables", Map.of("decisionsRecorded", true))).status())
                .isEqualTo(204);

        Response late = alex.put(decisions, Map.of("decisions", List.of(Map.of("username", "priya.shah", "decision", "REMOVE",
                "justification", "Changed my mind"))));
        assertThat(late.status()).as(late.body()).isEqualTo(409);
        assertThat(alex.get("/api/certifications/" + id + "/accounts/" + VISIT_CANNOCK_CHASE).body())
                .contains("\"decision\":\"KEEP\"", "Runs the account").doesNotContain("Changed my mind");

        // Once applied, not even a change straight to the database gets through.
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "update certification_decision set applied_at = now() where campaign_id = ?", s -> {
                    s.setObject(1, UUID.fromString(id));
                    return s.executeUpdate();
                }));
        assertThatThrownBy(() -> transactions.executeWrite(status -> jdbc.prepareStatement(
                "update certification_decision set decision = 'REMOVE' where campaign_id = ?", s -> {
                    s.setObject(1, UUID.fromString(id));
                    return s.executeUpdate();
                }))).hasMessageContaining("applied");
    }

    private static List<String> fields(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> found = new ArrayList<>();
        response.json().get("errors").values().forEach(error -> found.add(error.get("field").getStringValue()));
        return found;
    }
}
