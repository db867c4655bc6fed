package uk.gov.council.socialgov.accounts;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.workflow.Actor;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** Every path through processes/account-request.bpmn, on the real engine and database. */
@MicronautTest(transactional = false)
class AccountRequestProcessTest {

    @Inject ProcessEngine engine;
    @Inject AccountRequestService service;
    @Inject AccountRequestRepository requests;
    @Inject IdentityService identity;

    private final CurrentUser priya = new CurrentUser("priya.shah", "Priya Shah", Set.of("staff", "service-managers"));

    @BeforeEach
    void useTheApplicationsEngine() {
        init(engine);
    }

    @Test
    void aSubmittedRequestWaitsForTheCommunicationsTeam() {
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt("UserTask_ReviewRequest");
        assertThat(task(instance)).hasCandidateGroup("comms").hasName("Review account request");
        assertThat(instance).variables().containsEntry("requester", "priya.shah").containsEntry("involvedPeople", "priya.shah");
    }

    @Test
    void approvalRecordsTheDecisionAndEnds() {
        ProcessInstance instance = start();

        complete(instance, Map.of("decision", "approve"));

        assertThat(instance).hasPassedInOrder("UserTask_ReviewRequest", "Gateway_ReviewDecision",
                "ServiceTask_RecordApproval", "EndEvent_Approved").isEnded();
        AccountRequest request = requests.findById(UUID.fromString(caseId(instance))).orElseThrow();
        Assertions.assertThat(request.getStatus()).isEqualTo(AccountRequestStatus.APPROVED);
        Assertions.assertThat(request.getDecidedBy()).isEqualTo("alex.morgan");
    }

    @Test
    void rejectionRecordsTheReasonAndEnds() {
        ProcessInstance instance = start();

        complete(instance, Map.of("decision", "reject", "reason", "Covered by the corporate account"));

        assertThat(instance).hasPassedInOrder("UserTask_ReviewRequest", "Gateway_ReviewDecision",
                "ServiceTask_RecordRejection", "EndEvent_Rejected").isEnded();
        assertThat(instance).hasNotPassed("ServiceTask_RecordApproval");
        AccountRequest request = requests.findById(UUID.fromString(caseId(instance))).orElseThrow();
        Assertions.assertThat(request.getRejectionReason()).isEqualTo("Covered by the corporate account");
    }

    @Test
    void theReviewIsDueInFiveWorkingDaysWithAReminderTheDayBeforeAndAnEscalationWhenOverdue() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-22T10:00:00Z"))); // Tuesday, before Christmas
        try {
            ProcessInstance instance = start();
            Task review = task(instance);
            // 23, 24, 29, 30 and 31 December: the 25th, the weekend and the 28th (Boxing Day's substitute) do not count.
            Assertions.assertThat(review.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-31T10:00:00Z"));
            assertThat(instance).isWaitingAt("UserTask_ReviewRequest");

            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-30T10:00:01Z")));
            executeDueJobs(instance);
            assertThat(instance).hasPassed("ServiceTask_RemindReviewer", "EndEvent_ReminderSent")
                    .hasNotPassed("ServiceTask_EscalateReview").isWaitingAt("UserTask_ReviewRequest");

            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-31T10:00:01Z")));
            executeDueJobs(instance);
            assertThat(instance).hasPassed("ServiceTask_EscalateReview", "EndEvent_ReviewEscalated").isWaitingAt("UserTask_ReviewRequest");
            Assertions.assertThat(task(instance).getPriority()).isEqualTo(80);

            complete(instance, Map.of("decision", "approve"));
            assertThat(instance).isEnded();
        } finally {
            ClockUtil.reset();
        }
    }

    private void executeDueJobs(ProcessInstance instance) {
        engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }

    private ProcessInstance start() {
        AccountRequest request = service.submit(AccountRequestTransactionIntegrationTest.form("@ProcessTest"), priya);
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(request.getProcessInstanceId()).singleResult();
    }

    private String caseId(ProcessInstance instance) {
        return (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("caseId").singleResult().getValue();
    }

    private void complete(ProcessInstance instance, Map<String, Object> variables) {
        Task review = task(instance);
        Actor.runAs(identity, "alex.morgan", List.of("staff", "comms"), () -> {
            engine.getTaskService().complete(review.getId(), variables);
            return null;
        });
    }
}
