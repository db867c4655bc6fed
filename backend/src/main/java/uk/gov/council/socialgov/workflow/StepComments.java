package uk.gov.council.socialgov.workflow;

import io.micronaut.core.annotation.Nullable;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;

import java.util.List;

/**
 * Keeps what someone wrote on a form as a comment on the task where they wrote it, by them, so it
 * stays with the case (its task page shows it) and never goes into the audit trail (decision 0028).
 */
public final class StepComments {

    private StepComments() {
    }

    /** Adds {@code text}, if any, to the latest task of {@code taskKey} (a BPMN user task id) in this process. */
    public static void keep(DelegateExecution execution, String taskKey, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        var services = execution.getProcessEngineServices();
        List<HistoricTaskInstance> latest = services.getHistoryService().createHistoricTaskInstanceQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(taskKey)
                .orderByHistoricActivityInstanceStartTime().desc().listPage(0, 1);
        String taskId = latest.isEmpty() ? null : latest.get(0).getId();
        services.getTaskService().createComment(taskId, execution.getProcessInstanceId(), text.strip());
    }
}
