package uk.gov.council.socialgov.registry;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.testsupport.ApiSession;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * Every path of processes/account-inactivity-review.bpmn, and the daily check that starts it. The
 * tests share the demo registry, in this order, because the later ones move the clock a month on.
 */
@MicronautTest(transactional = false)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InactivityReviewProcessTest {

    static final String COUNTRYSIDE = "6d1f0a52-0c55-4b5e-9d1a-000000000004";
    static final String YOUTUBE = "6d1f0a52-0c55-4b5e-9d1a-000000000006";
    static final String BUILDING_CONTROL = "6d1f0a52-0c55-4b5e-9d1a-000000000008";

    @Inject ProcessEngine engine;
    @Inject IdentityService identity;
    @Inject InactivityReviews reviews;
    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @BeforeEach
    void useTheApplicationsEngine() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    @Order(1)
    void everyAccountSilentForOverAMonthHasOneReviewAndBusyAccountsHaveNone() {
        List<String> reviewed = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(InactivityReviews.PROCESS_KEY).list().stream().map(ProcessInstance::getBusinessKey).toList();

        Assertions.assertThat(reviewed).contains(COUNTRYSIDE)
                .doesNotContain("6d1f0a52-0c55-4b5e-9d1a-000000000001", "6d1f0a52-0c55-4b5e-9d1a-000000000010");
        Assertions.assertThat(reviews.startDue()).isZero(); // the demo start already opened them
        // An account with an owner waits for the owner's explanation; one without goes straight to comms.
        ProcessInstance countryside = review(COUNTRYSIDE);
        assertThat(countryside).isWaitingAt("UserTask_ExplainInactivity");
        assertThat(task(countryside)).isAssignedTo("tom.hughes").hasName("Explain why the account has been quiet");
        ProcessInstance buildingControl = review(BUILDING_CONTROL);
        assertThat(buildingControl).hasPassed("Gateway_HasOwner").isWaitingAt("UserTask_ReviewInactiveAccount");
        assertThat(task(buildingControl)).hasCandidateGroup("comms");
    }

    @Test
    @Order(3)
    void keepingAnAccountOpenRecordsWhyAndTheNextReviewWaitsAFullMonth() {
        ProcessInstance countryside = review(COUNTRYSIDE);
        completeAs("tom.hughes", List.of("staff", "service-managers"), countryside, Map.of("explanation", "Rangers were on winter works",
                "recommendation", "keep", "expectedActivity", "Two posts a week from January"));
        assertThat(countryside).hasPassed("ServiceTask_RecordExplanation").isWaitingAt("UserTask_ReviewInactiveAccount");
        JsonNode history = ApiSession.signedIn(server, json, "alex.morgan").get("/api/tasks/" + task(countryside).getId() + "/history").json();
        List<String> explained = new ArrayList<>();
        history.values().forEach(entry -> explained.add(entry.get("action").getStringValue() + ": " + entry.get("detail").getStringValue()));
        // The audit trail names the recommendation; the reviewer reads what the owner wrote, by them, in the review
        // task's comments (decision 0028).
        Assertions.assertThat(explained).contains("ACCOUNT_INACTIVITY_EXPLAINED: Recommends keeping it open")
                .noneMatch(entry -> entry.contains("Rangers"));
        JsonNode comments = ApiSession.signedIn(server, json, "alex.morgan").get("/api/tasks/" + task(countryside).getId() + "/comments")
                .json();
        Assertions.assertThat(comments.size()).isOne();
        Assertions.assertThat(comments.get(0).get("author").getStringValue()).isEqualTo("tom.hughes");
        Assertions.assertThat(comments.get(0).get("message").getStringValue())
                .isEqualTo("Rangers were on winter works Expected from now on: Two posts a week from January");

        complete(countryside, Map.of("decision", "justify", "reason", "Kept for the winter programme",
                "expectedActivity", "Two posts a week from January"));
        Assertions.assertThat(engine.getTaskService().getProcessInstanceComments(countryside.getId()))
                .extracting(comment -> comment.getFullMessage())
                .contains("Kept for the winter programme Expected from now on: Two posts a week from January");

        assertThat(countryside).hasPassed("ServiceTask_RecordJustification", "EndEvent_KeptOpen").isEnded();
        Assertions.assertThat(reviews.startDue()).isZero();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(33))));
        Assertions.assertThat(reviews.startDue()).isPositive();
        Assertions.assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(InactivityReviews.PROCESS_KEY)
                .processInstanceBusinessKey(COUNTRYSIDE).count()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void closingAnAccountEndsItsAuthorisedUsersAndAsksForANewPassword() {
        ProcessInstance youtube = review(YOUTUBE);
        assertThat(youtube).isWaitingAt("UserTask_ExplainInactivity");
        // The owner does not explain within five working days: the review goes to comms regardless.
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(8))));
        engine.getManagementService().createJobQuery().processInstanceId(youtube.getId()).executable().list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
        ClockUtil.reset();
        assertThat(youtube).hasPassed("BoundaryEvent_NoExplanation").hasNotPassed("ServiceTask_RecordExplanation")
                .isWaitingAt("UserTask_ReviewInactiveAccount");
        complete(youtube, Map.of("decision", "deactivate", "reason", "The channel has been replaced by the website's video page"));

        assertThat(youtube).hasPassed("ServiceTask_CloseAccount").isWaitingAt("UserTask_ChangePassword");
        JsonNode account = ApiSession.signedIn(server, json, "linda.price").get("/api/registry/accounts/" + YOUTUBE).json();
        Assertions.assertThat(account.get("status").getStringValue()).isEqualTo("DEACTIVATED");
        Assertions.assertThat(account.get("deactivationReason").getStringValue()).isEqualTo("The channel has been replaced by the website's video page");
        Assertions.assertThat(account.get("authorisedUserCount").getIntValue()).isZero();
        account.get("authorisedUsers").values().forEach(user -> Assertions.assertThat(user.get("toDate").isNull()).isFalse());

        complete(youtube, Map.of("passwordChanged", true));
        assertThat(youtube).hasPassed("EndEvent_Closed").isEnded();
        Assertions.assertThat(reviews.startDue()).isZero(); // a closed account is never reviewed again
    }

    @Test
    @Order(4)
    void theDailyCheckIsATimerInTheModelThatStartsTheReviews() {
        Job daily = engine.getManagementService().createJobQuery().processDefinitionKey("account-inactivity-check").timers().singleResult();
        Assertions.assertThat(daily).isNotNull();
        ClockUtil.setCurrentTime(Date.from(daily.getDuedate().toInstant().plusSeconds(1)));

        engine.getManagementService().executeJob(daily.getId());

        var finished = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("account-inactivity-check")
                .finished().singleResult();
        Assertions.assertThat(finished.getEndActivityId()).isEqualTo("EndEvent_Checked");
    }

    @Test
    @Order(5)
    void anOwnerExplainsTheirQuietAccountButNeverReviewsItEvenInTheCommunicationsTeam() {
        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        Assertions.assertThat(admin.put("/api/admin/users/tom.hughes", Map.of("displayName", "Tom Hughes (Countryside Service Manager)",
                "enabled", true, "groups", List.of("staff", "service-managers", "comms"))).status()).isEqualTo(200);
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(70))));
        reviews.startDue();
        ProcessInstance countryside = review(COUNTRYSIDE);
        ApiSession tom = ApiSession.signedIn(server, json, "tom.hughes");
        String explain = task(countryside).getId();
        Assertions.assertThat(tom.post("/api/tasks/" + explain + "/complete", Map.of("variables", Map.of("explanation", "Winter works again",
                "recommendation", "keep", "expectedActivity", "Weekly from March"))).status()).isEqualTo(204);

        String review = task(countryside).getId();
        var refused = tom.post("/api/tasks/" + review + "/complete", Map.of("variables", Map.of("decision", "justify",
                "reason", "I say so", "expectedActivity", "Weekly")));
        Assertions.assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        Assertions.assertThat(ApiSession.signedIn(server, json, "alex.morgan").post("/api/tasks/" + review + "/complete", Map.of("variables",
                Map.of("decision", "justify", "reason", "Seasonal work", "expectedActivity", "Weekly from March"))).status()).isEqualTo(204);
    }

    private ProcessInstance review(String accountId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(InactivityReviews.PROCESS_KEY)
                .processInstanceBusinessKey(accountId).active().singleResult();
    }

    private void complete(ProcessInstance instance, Map<String, Object> variables) {
        completeAs("alex.morgan", List.of("staff", "comms"), instance, variables);
    }

    private void completeAs(String username, List<String> groups, ProcessInstance instance, Map<String, Object> variables) {
        String taskId = task(instance).getId();
        Actor.runAs(identity, username, groups, () -> {
            engine.getTaskService().complete(taskId, variables);
            return null;
        });
    }
}
