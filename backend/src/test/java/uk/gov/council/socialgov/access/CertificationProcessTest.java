package uk.gov.council.socialgov.access;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.testing.Refusals;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

/** processes/access-certification.bpmn on the demo registry: one task per account for its owner, decisions, the default, and removal. */
@MicronautTest(transactional = false)
class CertificationProcessTest {

    private static final UUID CORPORATE_X = UUID.fromString("6d1f0a52-0c55-4b5e-9d1a-000000000001");
    private static final UUID COUNTRYSIDE = UUID.fromString("6d1f0a52-0c55-4b5e-9d1a-000000000004");

    @Inject ProcessEngine engine;
    @Inject AccessGrantService grants;
    @Inject AccessGrantStore repository;
    @Inject CertificationSteps.Decisions decisions;
    @Inject IdentityService identity;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    @BeforeEach
    void useTheApplicationsEngine() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void ownersCertifyTheirAccountsAndTheUndecidedAreRemovedAtTheDefault() {
        AccessGrant sams = grants.request(new RequestAccess(null, List.of(CORPORATE_X), "Events", "Events",
                EngineClock.today().plusMonths(2).toString()), new CurrentUser("sam.patel", "Sam Patel", Set.of("staff")), null);
        completeOnly(sams.getProcessInstanceId(), "priya.shah", Map.of("endorsement", "endorse"));
        completeOnly(sams.getProcessInstanceId(), "alex.morgan", Map.of("decision", "approve",
                "agreedEndDate", EngineClock.today().plusMonths(2).toString()));
        completeOnly(sams.getProcessInstanceId(), "sam.patel", Map.of("signed", true));
        completeOnly(sams.getProcessInstanceId(), "alex.morgan", Map.of("accessGiven", true));

        ProcessInstance campaign = Actor.runAs(identity, "alex.morgan", List.of("staff", "comms"),
                () -> engine.getRuntimeService().startProcessInstanceByMessage("CertificationStarted"));
        UUID campaignId = UUID.fromString((String) engine.getRuntimeService().getVariable(campaign.getId(), CaseVariables.CASE_ID));
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).list();
        Assertions.assertThat(tasks).extracting(Task::getName, Task::getAssignee).contains(
                Assertions.tuple("Certify who may post from Cannock Chase District Council (X (Twitter))", "nia.roberts"),
                Assertions.tuple("Certify who may post from Cannock Chase Council Countryside Service (Facebook)", "tom.hughes"),
                Assertions.tuple("Certify who may post from Visit Cannock Chase (Instagram)", "priya.shah"));
        Task corporateX = task(tasks, CORPORATE_X);

        Assertions.assertThat(Refusals.of(() -> complete(corporateX, "nia.roberts")).errors().get(0).field()).isEqualTo("decisions");
        decisions.decide(campaignId, CORPORATE_X, List.of(
                decision("alex.morgan", "KEEP", "Runs the account day to day"),
                decision("sam.patel", "REMOVE", "The events season is over")), "nia.roberts");
        Assertions.assertThat(Refusals.of(() -> decisions.decide(campaignId, CORPORATE_X,
                List.of(decision("nia.roberts", "KEEP", "Head of Communications")), "nia.roberts")).errors()).hasSize(1);
        decisions.decide(campaignId, CORPORATE_X, List.of(decision("nia.roberts", "KEEP", "Head of Communications")), "alex.morgan");
        complete(corporateX, "nia.roberts");
        Assertions.assertThat(Refusals.of(() -> decisions.decide(campaignId, COUNTRYSIDE,
                List.of(decision("tom.hughes", "MAYBE", " ")), "tom.hughes")).errors()).hasSize(2);

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(30))));
        for (int round = 0; round < 3; round++) {
            engine.getManagementService().createJobQuery().processInstanceId(campaign.getId()).executable().list()
                    .forEach(job -> engine.getManagementService().executeJob(job.getId()));
        }
        ClockUtil.reset();

        assertThat(campaign).hasPassed("ServiceTask_ApplyDefault", "ServiceTask_Close", "EndEvent_Closed").isEnded();
        Assertions.assertThat(repository.findById(sams.getId()).orElseThrow().getStatus()).isEqualTo(AccessGrantStatus.REVOKED);
        Assertions.assertThat(strings("select username from authorised_user where account_id = ? and to_date is null", CORPORATE_X))
                .containsExactlyInAnyOrder("nia.roberts", "alex.morgan");
        Assertions.assertThat(strings("select username from authorised_user where account_id = ? and to_date is null", COUNTRYSIDE)).isEmpty();
        Assertions.assertThat(strings("select username || ' ' || decision || ' ' || by_default from certification_decision "
                + "where campaign_id = ? and account_id = '" + COUNTRYSIDE + "'", campaignId))
                .containsExactlyInAnyOrder("tom.hughes REMOVE true", "jo.evans REMOVE true");
    }

    @Test
    void theCampaignClosesWhenEveryAccountIsCertified() {
        ProcessInstance campaign = Actor.runAs(identity, "alex.morgan", List.of("staff", "comms"),
                () -> engine.getRuntimeService().startProcessInstanceByMessage("CertificationStarted"));
        UUID campaignId = UUID.fromString((String) engine.getRuntimeService().getVariable(campaign.getId(), CaseVariables.CASE_ID));
        for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(campaign.getId()).list()) {
            UUID account = UUID.fromString((String) engine.getTaskService().getVariable(task.getId(), "accountId"));
            List<CertificationStore.Decision> people = strings("select username from certification_decision where campaign_id = ? "
                    + "and account_id = '" + account + "'", campaignId).stream().map(u -> decision(u, "KEEP", "Still needed")).toList();
            for (CertificationStore.Decision person : people) { // nobody certifies keeping themselves
                decisions.decide(campaignId, account, List.of(person), person.username().equals("alex.morgan") ? "nia.roberts" : "alex.morgan");
            }
            complete(task, task.getAssignee() == null ? "alex.morgan" : task.getAssignee());
        }
        assertThat(campaign).hasPassed("ServiceTask_Close", "EndEvent_Closed").isEnded();
        Assertions.assertThat(strings("select count(*) from certification_campaign where id = ? and closed_at is not null", campaignId))
                .containsExactly("1");
    }

    private static CertificationStore.Decision decision(String username, String decision, String justification) {
        return new CertificationStore.Decision(null, username, null, decision, justification, null, null, false, null);
    }

    private Task task(List<Task> tasks, UUID account) {
        return tasks.stream().filter(t -> account.toString().equals(engine.getTaskService().getVariable(t.getId(), "accountId")))
                .findFirst().orElseThrow();
    }

    private void complete(Task task, String username) {
        transactions.executeWrite(status -> Actor.runAs(identity, username, List.of("staff"), () -> {
            engine.getTaskService().complete(task.getId(), Map.of("decisionsRecorded", true));
            return null;
        }));
    }

    private void completeOnly(String processInstanceId, String username, Map<String, Object> variables) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).singleResult();
        transactions.executeWrite(status -> Actor.runAs(identity, username, List.of("staff", "comms", "service-managers"), () -> {
            engine.getTaskService().complete(task.getId(), variables);
            return null;
        }));
    }

    private List<String> strings(String sql, Object parameter) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, s -> {
            s.setObject(1, parameter);
            List<String> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(row.getString(1));
                }
            }
            return found;
        }));
    }
}
