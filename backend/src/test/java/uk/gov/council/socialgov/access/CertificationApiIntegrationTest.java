package uk.gov.council.socialgov.access;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.testing.ApiSession;
import uk.gov.council.socialgov.testing.ApiSession.Response;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Certification over HTTP: who starts it, who sees which accounts, decisions with bad input refused field by field, the CSV report. */
@MicronautTest(transactional = false)
class CertificationApiIntegrationTest {

    private static final String VISIT_CANNOCK_CHASE = "6d1f0a52-0c55-4b5e-9d1a-000000000010";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

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
        assertThat(fields(priya.put(decisions, Map.of("decisions", List.of(Map.of("username", "priya.shah", "decision", "KEEP",
                "justification", " ")))))).containsExactly("decisions[0].justification");
        assertThat(fields(priya.put(decisions, Map.of("decisions", List.of(Map.of("username", "sam.patel", "decision", "KEEP",
                "justification", "Not on this account")))))).containsExactly("decisions[0].username");
        assertThat(ApiSession.signedIn(server, json, "tom.hughes").put(decisions, Map.of("decisions", List.of(Map.of(
                "username", "priya.shah", "decision", "KEEP", "justification", "Not mine")))).status()).isEqualTo(404);

        assertThat(priya.put(decisions, Map.of("decisions", List.of(Map.of("username", "priya.shah", "decision", "KEEP",
                "justification", "Runs the account")))).status()).isEqualTo(204);
        JsonNode person = priya.get("/api/certifications/" + id).json().get("accounts").get(0).get("people").get(0);
        assertThat(person.get("decision").getStringValue()).isEqualTo("KEEP");
        assertThat(person.get("decidedBy").getStringValue()).isEqualTo("priya.shah");

        ApiSession linda = ApiSession.signedIn(server, json, "linda.price");
        var csv = linda.download("/api/certifications/" + id + ".csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8))
                .startsWith("campaign,account,platform,username,name,decision,reason,decided_by,decided_at,by_default,applied_at")
                .contains("Visit Cannock Chase,Instagram,priya.shah,");
        assertThat(linda.get("/api/certifications").json().get("items").get(0).get("decided").getIntValue()).isEqualTo(1);
        assertThat(priya.get("/api/certifications").status()).isEqualTo(403);
    }

    private static List<String> fields(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> found = new ArrayList<>();
        response.json().get("errors").values().forEach(error -> found.add(error.get("field").getStringValue()));
        return found;
    }
}
