package uk.gov.council.socialgov.access;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * processes/emergency.bpmn over HTTP and on the engine: invoking suspends every active grant and gives
 * each account owner the holding-message task; access given meanwhile waits suspended; lifting
 * resumes them with their dates unchanged.
 */
@MicronautTest(transactional = false)
class EmergencyIntegrationTest {

    private static final UUID CORPORATE_X = UUID.fromString("6d1f0a52-0c55-4b5e-9d1a-000000000001");
    private static final UUID LINKEDIN = UUID.fromString("6d1f0a52-0c55-4b5e-9d1a-000000000007");

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject AccessGrantService grants;
    @Inject AccessGrantStore repository;
    @Inject ProcessEngine engine;
    @Inject IdentityService identity;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    @Test
    void anEmergencySuspendsAccessUntilItIsLiftedAndOwnersPostTheHoldingMessage() {
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        ApiSession sam = ApiSession.signedIn(server, json, "sam.patel");
        AccessGrant active = grant("fiona.campbell", CORPORATE_X);
        give(active);
        AccessGrant waiting = grant("gary.lewis", LINKEDIN);
        approveAndSign(waiting);
        assertThat(openPeriods()).contains(CORPORATE_X + " fiona.campbell");

        assertThat(fields(alex.post("/api/emergencies", Map.of("holdingMessage", " ")))).containsExactly("holdingMessage");
        assertThat(fields(alex.post("/api/emergencies", Map.of("holdingMessage", "x".repeat(1001))))).containsExactly("holdingMessage");
        assertThat(sam.post("/api/emergencies", Map.of("holdingMessage", "Not mine to say")).status()).isEqualTo(403);
        assertThat(sam.get("/api/emergency").json().get("active").getBooleanValue()).isFalse();

        Response invoked = alex.post("/api/emergencies", Map.of("holdingMessage", "We are aware of an incident. Updates will follow here."));
        assertThat(invoked.status()).as(invoked.body()).isEqualTo(201);
        String id = invoked.json().get("id").getStringValue();
        assertThat(invoked.json().get("suspendedGrants").getIntValue()).isEqualTo(1);
        JsonCurrent current = current(sam);
        assertThat(current.active()).isTrue();
        assertThat(current.message()).isEqualTo("We are aware of an incident. Updates will follow here.");
        assertThat(alex.post("/api/emergencies", Map.of("holdingMessage", "Another")).status()).isEqualTo(409);

        assertThat(status(active)).isEqualTo(AccessGrantStatus.SUSPENDED);
        assertThat(openPeriods()).doesNotContain(CORPORATE_X + " fiona.campbell");
        assertThat(holdingMessageTasks()).containsExactlyInAnyOrder("nia.roberts", "priya.shah", "tom.hughes");
        // Building Control and the Community Safety Partnership have no owner: the communications team posts there.
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTask_PostOnOwnerless").taskCandidateGroup("comms").count())
                .isOne();

        // Access given during the emergency waits, suspended, with the rest.
        complete(waiting, "alex.morgan", "comms", Map.of("accessGiven", true));
        assertThat(status(waiting)).isEqualTo(AccessGrantStatus.SUSPENDED);
        assertThat(openPeriods()).doesNotContain(LINKEDIN + " gary.lewis");

        Response lifted = ApiSession.signedIn(server, json, "nia.roberts").post("/api/emergencies/" + id + "/lift", Map.of());
        assertThat(lifted.status()).as(lifted.body()).isEqualTo(200);
        assertThat(lifted.json().get("liftedBy").getStringValue()).isEqualTo("nia.roberts");
        assertThat(lifted.json().get("suspendedGrants").getIntValue()).isEqualTo(2);
        assertThat(current(sam).active()).isFalse();
        assertThat(status(active)).isEqualTo(AccessGrantStatus.ACTIVE);
        assertThat(status(waiting)).isEqualTo(AccessGrantStatus.ACTIVE);
        assertThat(repository.findById(active.getId()).orElseThrow().getAgreedEndDate()).isEqualTo(EngineClock.today().plusMonths(2));
        assertThat(openPeriods()).contains(CORPORATE_X + " fiona.campbell", LINKEDIN + " gary.lewis");
        assertThat(holdingMessageTasks()).isEmpty();
        assertThat(engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTask_PostOnOwnerless").count()).isZero();
        assertThat(subjectsSentTo("fiona.campbell")).contains("Your access to the council's corporate accounts is suspended",
                "Your access to the council's corporate accounts has resumed");
        assertThat(alex.post("/api/emergencies/" + id + "/lift", Map.of()).status()).isEqualTo(409);
        assertThat(alex.get("/api/emergencies").json().get("items").get(0).get("reference").getStringValue())
                .isEqualTo(invoked.json().get("reference").getStringValue());
        assertThat(sam.get("/api/emergencies").status()).isEqualTo(403);
    }

    private record JsonCurrent(boolean active, String message) {
    }

    private JsonCurrent current(ApiSession session) {
        var body = session.get("/api/emergency").json();
        boolean active = body.get("active").getBooleanValue();
        return new JsonCurrent(active, active ? body.get("emergency").get("holdingMessage").getStringValue() : null);
    }

    private AccessGrant grant(String person, UUID account) {
        return grants.request(new RequestAccess(null, List.of(account), "Emergency test", "Emergency test",
                EngineClock.today().plusMonths(2).toString()), new CurrentUser(person, person, Set.of("staff")), null);
    }

    private void approveAndSign(AccessGrant grant) {
        complete(grant, grant.getLineManager(), "staff", Map.of("endorsement", "endorse"));
        complete(grant, "alex.morgan", "comms", Map.of("decision", "approve", "agreedEndDate", EngineClock.today().plusMonths(2).toString()));
        complete(grant, grant.getGrantee(), "staff", Map.of("signed", true));
    }

    private void give(AccessGrant grant) {
        approveAndSign(grant);
        complete(grant, "alex.morgan", "comms", Map.of("accessGiven", true));
    }

    private void complete(AccessGrant grant, String username, String group, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(grant.getProcessInstanceId()).singleResult();
        transactions.executeWrite(status -> Actor.runAs(identity, username, List.of("staff", group), () -> {
            engine.getTaskService().complete(task.getId(), variables);
            return null;
        }));
    }

    private AccessGrantStatus status(AccessGrant grant) {
        return repository.findById(grant.getId()).orElseThrow().getStatus();
    }

    private List<String> holdingMessageTasks() {
        return engine.getTaskService().createTaskQuery().taskDefinitionKey("UserTask_PostHoldingMessage").list().stream()
                .map(Task::getAssignee).toList();
    }

    private List<String> openPeriods() {
        return query("select account_id || ' ' || username from authorised_user where grant_id is not null and to_date is null", null);
    }

    private List<String> subjectsSentTo(String username) {
        return query("select subject from notification where recipient = ?", username);
    }

    private List<String> query(String sql, String parameter) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, s -> {
            if (parameter != null) {
                s.setString(1, parameter);
            }
            List<String> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(row.getString(1));
                }
            }
            return found;
        }));
    }

    private static List<String> fields(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> found = new ArrayList<>();
        response.json().get("errors").values().forEach(error -> found.add(error.get("field").getStringValue()));
        return found;
    }
}
