package uk.gov.council.socialgov.retention;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.testing.People;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Disposal follows the case it disposes of: an Information Manager who is the subject of a breach
 * case (so excluded from it) neither sees it on the retention schedule, nor releases its holds, nor
 * is offered, told of or able to authorise destroying the evidence against them. A colleague in the
 * same group, not involved, does all of that.
 */
@MicronautTest(transactional = false)
class RetentionNeedToKnowIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject RuntimeService runtime;
    @Inject ManagementService management;
    @Inject TaskService tasks;

    @Test
    void theSubjectOfACaseHasNoHandInDisposingOfItsEvidence() {
        People.add(server, json, "anna.green", List.of("staff", "information-manager"));
        ApiSession helen = session("helen.carter");
        String caseId = closedAtTriageAbout("mark.wilson", helen);
        Response hold = helen.post("/api/retention/holds", Map.of("caseType", "breach-investigation", "caseId", caseId,
                "reason", "Grievance pending"));
        assertThat(hold.status()).as(hold.body()).isEqualTo(201);
        String holdId = hold.json().get("id").getStringValue();

        ApiSession mark = session("mark.wilson");
        ApiSession anna = session("anna.green");
        assertThat(scheduledCaseIds(mark)).doesNotContain(caseId);
        assertThat(scheduledCaseIds(anna)).contains(caseId);
        assertThat(mark.post("/api/retention/holds/" + holdId + "/release", Map.of("reason", "Not needed")).status()).isEqualTo(404);
        assertThat(mark.post("/api/retention/holds", Map.of("caseType", "breach-investigation", "caseId", caseId,
                "reason", "Keep it")).status()).isEqualTo(404);
        assertThat(anna.post("/api/retention/holds/" + holdId + "/release", Map.of("reason", "Grievance withdrawn")).status()).isEqualTo(200);

        String authorise = authorisationTaskFor(caseId);
        assertThat(mark.get("/api/tasks/" + authorise).status()).isEqualTo(404);
        assertThat(mark.post("/api/tasks/" + authorise + "/complete",
                Map.of("variables", Map.of("disposalAuthorised", true))).status()).isEqualTo(404);
        Response many = mark.post("/api/tasks/bulk/complete", Map.of("taskIds", List.of(authorise),
                "variables", Map.of("disposalAuthorised", true)));
        assertThat(many.json().get("done").size()).as("nor in a batch").isZero();
        assertThat(many.json().get("failed").get(0).get("taskId").getStringValue()).isEqualTo(authorise);
        assertThat(taskIds(mark)).doesNotContain(authorise);
        assertThat(mark.get("/api/me/notifications?size=100").body()).doesNotContain(authorise);

        assertThat(taskIds(anna)).contains(authorise);
        assertThat(anna.get("/api/me/notifications?size=100").body()).contains(authorise);
        assertThat(anna.post("/api/tasks/" + authorise + "/complete",
                Map.of("variables", Map.of("disposalAuthorised", true))).status()).isEqualTo(204);
    }

    /** A report about an employee that HR closes at triage with no case to answer; its evidence goes on the schedule. */
    private String closedAtTriageAbout(String employee, ApiSession hr) {
        Response reported = session("sam.patel").post("/api/breach-reports", Map.of("subjectKind", "EMPLOYEE", "subject", employee,
                "clauses", List.of("B1.4-abuse"), "description", "Abusive replies to residents",
                "postLinks", List.of("https://x.com/someone/status/2")));
        assertThat(reported.status()).as(reported.body()).isEqualTo(201);
        String id = reported.json().get("id").getStringValue();
        String triage = hr.get("/api/cases/breach-investigation/" + id).json().get("tasks").get(0).get("id").getStringValue();
        Response closed = hr.post("/api/tasks/" + triage + "/complete", Map.of("variables", Map.of(
                "triage", "noCase", "triageReason", "The post was not theirs")));
        assertThat(closed.status()).as(closed.body()).isEqualTo(204);
        return id;
    }

    /** Runs the retention timer now (the period has "ended") and answers the authorisation task that follows. */
    private String authorisationTaskFor(String caseId) {
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("evidence-retention")
                .variableValueEquals("caseId", caseId).singleResult().getId();
        management.createJobQuery().processInstanceId(instance).timers().list().forEach(job -> management.executeJob(job.getId()));
        var open = tasks.createTaskQuery().processInstanceId(instance).list();
        assertThat(open).hasSize(1);
        return open.get(0).getId();
    }

    private static List<String> scheduledCaseIds(ApiSession session) {
        List<String> ids = new ArrayList<>();
        session.get("/api/retention/schedule").json().get("items").values().forEach(entry -> ids.add(entry.get("caseId").getStringValue()));
        return ids;
    }

    private static List<String> taskIds(ApiSession session) {
        List<String> ids = new ArrayList<>();
        session.get("/api/tasks?size=200").json().get("items").values().forEach(task -> ids.add(task.get("id").getStringValue()));
        return ids;
    }

    private ApiSession session(String username) {
        return ApiSession.signedIn(server, json, username);
    }
}
