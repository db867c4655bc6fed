package uk.gov.council.socialgov.accounts;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.workflow.Actor;

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
