package uk.gov.council.socialgov.harassment;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
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
import uk.gov.council.socialgov.retention.Retention;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.testsupport.ApiSession;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;

/**
 * Both paths of processes/member-harassment-report.bpmn on the real engine: the urgent 4-hour SLA
 * and the 2-working-day triage escalating to the deputy by moving the clock, the parallel actions,
 * the two-week follow-up, more action, closure and retention.
 */
@MicronautTest(transactional = false)
class HarassmentProcessTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject ProcessEngine engine;
    @Inject HarassmentReports reports;
    @Inject HarassmentStore store;
    @Inject Retention retention;
    @Inject IdentityService identity;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    private final CurrentUser jones = new CurrentUser("cllr.jones", "Cllr Jones", Set.of("members"));
    private final CurrentUser david = new CurrentUser("david.okafor", "David Okafor", Set.of("staff", "monitoring-officer"));
    private final CurrentUser alex = new CurrentUser("alex.morgan", "Alex Morgan", Set.of("staff", "comms"));

    @BeforeEach
    void startOnAKnownDay() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T10:00:00Z"))); // a Tuesday
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void immediateDangerAlertsTheMonitoringOfficerAndTheDeputyAfterFourHoursThenActionsRunInParallel() {
        ProcessInstance instance = report(true);
        HarassmentReport reported = report(instance);
        Assertions.assertThat(reported.status()).isEqualTo(HarassmentStatus.URGENT);
        assertThat(task(instance)).hasName("Triage the urgent report").hasCandidateGroup("monitoring-officer")
                .hasDueDate(Date.from(Instant.parse("2026-12-01T14:00:00Z")));
        Assertions.assertThat(subjectsTo("david.okafor")).anyMatch(s -> s.startsWith("URGENT: a councillor in immediate danger (" + reported.reference()));
        Assertions.assertThat(subjectsTo("fiona.campbell")).doesNotContain("Harassment report " + reported.reference() + " has not been triaged");

        moveTo("2026-12-01T14:00:01Z", instance);
        // The deputy is whoever holds the deputy Monitoring Officer's group (Fiona in the demo), not a name in the settings.
        Assertions.assertThat(subjectsTo("fiona.campbell")).contains("Harassment report " + reported.reference() + " has not been triaged");
        Assertions.assertThat(subjectsTo("david.okafor")).doesNotContain("Harassment report " + reported.reference() + " has not been triaged");
        assertThat(instance).isWaitingAt("UserTask_UrgentTriage");

        Map<String, Object> triage = new HashMap<>(Map.of("riskLevel", "HIGH", "triageNotes", "Police and safety first"));
        RecordHarassmentTriage.ACTIONS.forEach(action -> triage.put(action, true));
        completeAs(david, task(instance), triage);
        Assertions.assertThat(report(instance).riskLevel()).isEqualTo(RiskLevel.HIGH);
        Assertions.assertThat(openTaskNames(instance)).containsExactlyInAnyOrder("Tell the group leader", "Refer to the police",
                "Report or block on the platform", "Arrange personal-safety measures", "Arrange wellbeing support");
        Assertions.assertThat(taskNamed(instance, "Report or block on the platform").getDueDate())
                .isEqualTo(Date.from(Instant.parse("2026-12-03T14:00:01Z"))); // two working days after triage

        completeAs(david, taskNamed(instance, "Tell the group leader"), Map.of("groupLeaderName", "Cllr Smith", "toldOn", "2026-12-01"));
        completeAs(david, taskNamed(instance, "Refer to the police"), Map.of("crimeReference", "SP-2026-2291", "referredOn", "2026-12-01"));
        completeAs(alex, taskNamed(instance, "Report or block on the platform"), Map.of("platformAction", "reportedAndBlocked"));
        completeAs(david, taskNamed(instance, "Arrange personal-safety measures"), Map.of("safetyMeasures", "Home address removed from the website"));
        assertThat(instance).isWaitingAt("UserTask_Wellbeing");
        completeAs(david, taskNamed(instance, "Arrange wellbeing support"), Map.of("wellbeingSupport", "Employee assistance programme"));
        assertThat(instance).isWaitingAt("TimerEvent_FollowUp");
        Assertions.assertThat(actions(instance)).containsExactlyInAnyOrder("GROUP_LEADER Told Cllr Smith on 1 December 2026",
                "POLICE Referred on 1 December 2026, crime reference SP-2026-2291",
                "PLATFORM Reported to the platform and blocked from the council's accounts",
                "SAFETY Home address removed from the website", "WELLBEING Employee assistance programme");

        moveTo("2026-12-15T14:00:02Z", instance); // two weeks after triage
        assertThat(task(instance)).hasName("Tell us how things are now").isAssignedTo("cllr.jones");
        completeAs(jones, task(instance), Map.of("followUpFeeling", "better", "moreHelp", "no"));
        Assertions.assertThat(report(instance).followUp()).isEqualTo("Things are better; does not need more help");

        completeAs(david, task(instance), Map.of("closeDecision", "close", "outcome", "The accounts were suspended; police investigating"));
        HarassmentReport closed = report(instance);
        Assertions.assertThat(closed.status()).isEqualTo(HarassmentStatus.CLOSED);
        Retention.Entry entry = transactions.executeRead(s -> retention.entry(HarassmentProcess.CASE_KIND, closed.id().toString()).orElseThrow());
        Assertions.assertThat(entry.retentionRule()).isEqualTo("Referred to the police: 7 years after closure");
        Assertions.assertThat(entry.disposeOn()).isEqualTo(LocalDate.of(2033, 12, 15));
        assertThat(instance).isEnded();
    }

    @Test
    void whenNobodyHoldsTheDeputysGroupTheWholeMonitoringOfficersGroupIsAlerted() {
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "delete from app_user_group where group_id = 'deputy-monitoring-officer'", statement -> statement.executeUpdate()));
        try {
            ProcessInstance instance = report(false);
            HarassmentReport reported = report(instance);
            moveTo("2026-12-03T10:00:01Z", instance);
            Assertions.assertThat(subjectsTo("fiona.campbell")).contains("Harassment report " + reported.reference() + " has not been triaged");
            Assertions.assertThat(subjectsTo("david.okafor")).contains("Harassment report " + reported.reference() + " has not been triaged");
        } finally {
            transactions.executeWrite(status -> jdbc.prepareStatement(
                    "insert into app_user_group (username, group_id) values ('fiona.campbell', 'deputy-monitoring-officer')",
                    statement -> statement.executeUpdate()));
        }
    }

    @Test
    void anUntriagedReportGoesToTheDeputyAfterTwoWorkingDaysAndMoreActionReopensIt() {
        ProcessInstance instance = report(false);
        HarassmentReport reported = report(instance);
        assertThat(task(instance)).hasName("Triage the report");
        moveTo("2026-12-03T10:00:01Z", instance); // Thursday: two working days later
        Assertions.assertThat(subjectsTo("fiona.campbell")).contains("Harassment report " + reported.reference() + " has not been triaged");

        completeAs(david, task(instance), Map.of("riskLevel", "LOW", "triageNotes", "Abusive but no threat; no action for now"));
        assertThat(instance).isWaitingAt("TimerEvent_FollowUp");
        moveTo("2026-12-17T10:00:02Z", instance);
        completeAs(jones, task(instance), Map.of("followUpFeeling", "worse", "moreHelp", "yes", "followUpComments", "A second account started"));
        completeAs(david, task(instance), Map.of("closeDecision", "moreAction", "outcome", "A new account: report it"));

        assertThat(instance).hasPassed("ServiceTask_Reopen").isWaitingAt("UserTask_Triage");
        // What was written stays with the case as a comment for triage; the audit trail names the reopening only (decision 0028).
        Assertions.assertThat(engine.getTaskService().getProcessInstanceComments(instance.getId()))
                .extracting(comment -> comment.getUserId() + ": " + comment.getFullMessage())
                .containsExactly("david.okafor: A new account: report it");
        int reopened = transactions.executeRead(s -> jdbc.prepareStatement(
                "select count(*) from audit_event where action = 'HARASSMENT_REOPENED' and detail is null and case_id = ?", st -> {
                    st.setString(1, reported.id().toString());
                    try (var r = st.executeQuery()) {
                        r.next();
                        return r.getInt(1);
                    }
                }));
        Assertions.assertThat(reopened).isOne();
        Assertions.assertThat(report(instance).status()).isEqualTo(HarassmentStatus.ACTIONS_UNDER_WAY);
        moveTo("2026-12-17T10:00:03Z", instance); // the reopened triage is not late at once
        Assertions.assertThat(subjectsTo("fiona.campbell")).filteredOn(("Harassment report " + reported.reference() + " has not been triaged")::equals)
                .hasSize(1);

        // Triage reads it beside the task's own comments; the communications team, who see only the accounts, do not.
        Assertions.assertThat(commentsSeenBy("david.okafor", task(instance))).containsExactly("A new account: report it");
        completeAs(david, task(instance), Map.of("riskLevel", "MEDIUM", "actPlatform", true, "triageNotes", "Report the new account"));
        Assertions.assertThat(commentsSeenBy("alex.morgan", task(instance))).isEmpty();
        completeAs(alex, task(instance), Map.of("platformAction", "reported"));
        moveTo("2026-12-31T10:00:04Z", instance);
        completeAs(jones, task(instance), Map.of("followUpFeeling", "better", "moreHelp", "no"));
        completeAs(david, task(instance), Map.of("closeDecision", "close", "outcome", "Both accounts reported"));

        HarassmentReport closed = report(instance);
        Retention.Entry entry = transactions.executeRead(s -> retention.entry(HarassmentProcess.CASE_KIND, closed.id().toString()).orElseThrow());
        Assertions.assertThat(entry.retentionRule()).isEqualTo("Harassment report: 6 years after closure");
    }

    private ProcessInstance report(boolean immediateDanger) {
        HarassmentReport made = transactions.executeWrite(s -> reports.report(new ReportHarassment(null, "X_TWITTER", "@someone",
                "Threats after the planning vote", List.of("https://x.com/someone/status/1"), immediateDanger, true, false, null), jones, null));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(made.processInstanceId()).singleResult();
    }

    private HarassmentReport report(ProcessInstance instance) {
        String id = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("caseId").singleResult().getValue();
        return transactions.executeRead(s -> store.find(UUID.fromString(id)).orElseThrow());
    }

    private List<String> actions(ProcessInstance instance) {
        UUID id = report(instance).id();
        return transactions.executeRead(s -> store.actions(id)).stream().map(a -> a.kind() + " " + a.detail()).toList();
    }

    private List<String> openTaskNames(ProcessInstance instance) {
        return taskQuery().processInstanceId(instance.getId()).list().stream().map(Task::getName).toList();
    }

    private Task taskNamed(ProcessInstance instance, String name) {
        return taskQuery().processInstanceId(instance.getId()).taskName(name).singleResult();
    }

    private void moveTo(String instant, ProcessInstance instance) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
        engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }

    private List<String> commentsSeenBy(String username, Task waiting) {
        List<String> messages = new ArrayList<>();
        ApiSession.signedIn(server, json, username).get("/api/tasks/" + waiting.getId() + "/comments").json().values()
                .forEach(comment -> messages.add(comment.get("message").getStringValue()));
        return messages;
    }

    private void completeAs(CurrentUser user, Task waiting, Map<String, Object> variables) {
        transactions.executeWrite(status -> Actor.runAs(identity, user.username(), user.groupList(), () -> {
            engine.getTaskService().complete(waiting.getId(), new HashMap<>(variables));
            return null;
        }));
    }

    private List<String> subjectsTo(String username) {
        return transactions.executeRead(status -> jdbc.prepareStatement("select subject from notification where recipient = ?", s -> {
            s.setString(1, username);
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
