package uk.gov.council.socialgov.workflow;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import uk.gov.council.socialgov.identity.Groups;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Rules every process model in processes/ must keep, so a process owner can read and trust it. */
class ProcessModelsTest {

    private static final Pattern FORM_ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    static List<Resource> bpmnFiles() throws IOException {
        return Arrays.asList(new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.bpmn"));
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyProcessKeepsHistoryForADefinedTime(Resource file) throws IOException {
        for (Process process : model(file).getModelElementsByType(Process.class)) {
            assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isNotBlank();
            assertThat(process.getName()).as(process.getId() + " name").isNotBlank();
        }
    }

    /**
     * A case's own processes are removed with the case (decision 0027), so their time-to-live only has to outlast any
     * hold; the history of every other process goes when the retention schedule says, or after 30 days for the engine's
     * own bookkeeping (the daily check, the retention process, whose tombstone lives in our tables).
     */
    @Test
    void theEngineKeepsTheHistoryOfEachProcessAsLongAsTheRetentionScheduleSays() throws IOException {
        Set<String> cases = Set.of("account-request", "access-grant", "breach-investigation", "member-harassment-report");
        Set<String> bookkeeping = Set.of("account-inactivity-check", "evidence-retention");
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnDecision schedule;
        try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:processes/retention.dmn").getInputStream()) {
            schedule = engine.parseDecision("retention", in);
        }
        List<String> checked = new ArrayList<>();
        for (Resource file : bpmnFiles()) {
            for (Process process : model(file).getModelElementsByType(Process.class)) {
                int days = Integer.parseInt(process.getCamundaHistoryTimeToLiveString());
                if (cases.contains(process.getId())) {
                    assertThat(days).as(process.getId()).isEqualTo(36500);
                } else if (bookkeeping.contains(process.getId())) {
                    assertThat(days).as(process.getId()).isEqualTo(30);
                } else {
                    assertThat(days).as(process.getId()).isEqualTo(365 * years(engine, schedule, process.getId(), null, "ENDED", false));
                }
                checked.add(process.getId());
            }
        }
        assertThat(checked).contains("access-certification", "emergency", "account-closure", "person-leaving");
    }

    @Test
    void theRetentionScheduleGivesEveryKindOfCaseItsPeriod() throws IOException {
        DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        DmnDecision schedule;
        try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:processes/retention.dmn").getInputStream()) {
            schedule = engine.parseDecision("retention", in);
        }
        assertThat(years(engine, schedule, "account-request", null, "REJECTED", false)).isEqualTo(2);
        assertThat(years(engine, schedule, "account-request", null, "CLOSED", false)).isEqualTo(6);
        assertThat(years(engine, schedule, "access-grant", null, "NOT_ENDORSED", false)).isEqualTo(2);
        assertThat(years(engine, schedule, "access-grant", null, "EXPIRED", false)).isEqualTo(6);
        assertThat(years(engine, schedule, "breach-investigation", "EMPLOYEE", "DISCIPLINARY_ACTION", false)).isEqualTo(6);
        assertThat(years(engine, schedule, "breach-investigation", "MEMBER", "BREACH_FOUND", false)).isEqualTo(6);
        assertThat(years(engine, schedule, "breach-investigation", "EMPLOYEE", "NO_FURTHER_ACTION", false)).isEqualTo(2);
        assertThat(years(engine, schedule, "breach-investigation", "MEMBER", "NO_CASE_TO_ANSWER", false)).isEqualTo(1);
        assertThat(years(engine, schedule, "breach-investigation", "EMPLOYEE", "NO_CASE_TO_ANSWER", true)).isEqualTo(7);
        assertThat(years(engine, schedule, "member-harassment-report", "MEMBER", "CLOSED", false)).isEqualTo(6);
        assertThat(years(engine, schedule, "access-certification", null, "ENDED", false)).isEqualTo(3);
        assertThat(years(engine, schedule, "emergency", null, "ENDED", false)).isEqualTo(2);
    }

    private static int years(DmnEngine engine, DmnDecision schedule, String kind, String subjectKind, String outcome, boolean police) {
        var inputs = Variables.createVariables().putValue("caseKind", kind).putValue("subjectKind", subjectKind)
                .putValue("outcome", outcome).putValue("referredToPolice", police);
        return ((Number) engine.evaluateDecisionTable(schedule, inputs).getSingleResult().getEntry("retentionYears")).intValue();
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void everyUserTaskNamesKnownGroupsOrTheCasesOwnPersonAndAFormThatExists(Resource file) throws IOException {
        Set<String> formIds = formIds();
        for (UserTask task : model(file).getModelElementsByType(UserTask.class)) {
            assertThat(task.getName()).as(task.getId() + " name").isNotBlank();
            if (task.getCamundaAssignee() != null) {
                // A step for one person of the case (e.g. the requester), named by a process variable, offered to no group.
                assertThat(task.getCamundaAssignee()).as(task.getId() + " assignee").matches("\\$\\{[a-z][A-Za-z]+}");
                assertThat(task.getCamundaCandidateGroupsList()).as(task.getId() + " candidate groups").isEmpty();
            } else {
                assertThat(task.getCamundaCandidateGroupsList()).as(task.getId() + " candidate groups")
                        .isNotEmpty().allMatch(Groups.ALL::contains);
            }
            assertThat(task.getCamundaFormRef()).as(task.getId() + " form").isIn(formIds);
        }
    }

    @ParameterizedTest
    @MethodSource("bpmnFiles")
    void serviceTasksCallNamedBeansOnly(Resource file) throws IOException {
        for (ServiceTask task : model(file).getModelElementsByType(ServiceTask.class)) {
            assertThat(task.getCamundaDelegateExpression()).as(task.getId()).matches("\\$\\{[a-z][A-Za-z]+}");
            assertThat(task.getCamundaClass()).as(task.getId() + " class").isNull();
        }
    }

    private static BpmnModelInstance model(Resource file) throws IOException {
        try (InputStream in = file.getInputStream()) {
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            Bpmn.validateModel(model);
            return model;
        }
    }

    private static Set<String> formIds() throws IOException {
        Set<String> ids = new HashSet<>();
        for (Resource form : new PathMatchingResourcePatternResolver().getResources("classpath*:processes/*.form")) {
            try (InputStream in = form.getInputStream()) {
                Matcher matcher = FORM_ID.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                if (matcher.find()) {
                    ids.add(matcher.group(1));
                }
            }
        }
        return ids;
    }
}
