package uk.gov.council.socialgov.workflow;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import uk.gov.council.socialgov.identity.Groups;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
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
