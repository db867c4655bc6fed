package uk.gov.council.socialgov.operations;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators see where cases are and what failed, retry it, and never see case content. */
@MicronautTest(transactional = false)
class OperationsIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject RepositoryService repository;
    @Inject RuntimeService runtime;
    @Inject ManagementService management;

    @Test
    void countsPerProcessAndStepWithoutCaseContent() {
        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        var processes = admin.get("/api/operations/processes");
        JsonNode accountRequests = null;
        for (JsonNode process : processes.json().values()) {
            if (process.get("key").getStringValue().equals("account-request")) {
                accountRequests = process;
            }
        }
        assertThat(accountRequests).isNotNull();
        assertThat(accountRequests.get("running").getLongValue()).isGreaterThanOrEqualTo(3); // the demo requests

        var diagram = admin.get("/api/operations/processes/account-request/diagram");
        // The demo: two requests wait for review, one for its requester's answer to the team's question.
        assertThat(diagram.json().get("runningByStep").get("UserTask_ReviewRequest").getLongValue()).isGreaterThanOrEqualTo(2);
        assertThat(diagram.json().get("runningByStep").get("UserTask_AnswerQuestion").getLongValue()).isGreaterThanOrEqualTo(1);
        assertThat(processes.body() + diagram.body()).doesNotContain("Invest in the District", "AR-20");
    }

    @Test
    void aFailedJobShowsAsAnIncidentAndCanBeRetried() {
        repository.createDeployment().addModelInstance("failing-step.bpmn", Bpmn.createExecutableProcess("failing-step")
                .name("A step that fails").camundaHistoryTimeToLive(1)
                .startEvent().serviceTask("ServiceTask_Fails").camundaAsyncBefore().camundaExpression("${1 / nothingHere}")
                .endEvent().done()).deploy();
        runtime.startProcessInstanceByKey("failing-step");
        String jobId = management.createJobQuery().processDefinitionKey("failing-step").singleResult().getId();
        for (int attempt = 0; attempt < 3; attempt++) {
            try {
                management.executeJob(jobId);
            } catch (RuntimeException expected) {
                // the step fails each time; after the third the engine raises an incident
            }
        }

        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        JsonNode incident = admin.get("/api/operations/incidents").json().get(0);
        assertThat(incident.get("processKey").getStringValue()).isEqualTo("failing-step");
        assertThat(incident.get("activityId").getStringValue()).isEqualTo("ServiceTask_Fails");
        assertThat(incident.get("jobId").getStringValue()).isEqualTo(jobId);

        assertThat(admin.post("/api/operations/jobs/" + jobId + "/retry", "").status()).isEqualTo(204);
        assertThat(management.createJobQuery().jobId(jobId).singleResult().getRetries()).isEqualTo(1);
        assertThat(ApiSession.signedIn(server, json, "alex.morgan").get("/api/operations/incidents").status()).isEqualTo(403);
    }
}
