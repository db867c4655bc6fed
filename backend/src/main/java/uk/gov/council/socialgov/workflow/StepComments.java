package uk.gov.council.socialgov.workflow;

import io.micronaut.core.annotation.Nullable;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Keeps what someone wrote on a form, which a later step needs, as a comment on the case's process
 * by them, so it stays with the case and never goes into the audit trail (decision 0028). The task
 * page shows these comments, beside the task's own, to whoever may read the whole case.
 */
public final class StepComments {

    private StepComments() {
    }

    /** Adds {@code text}, if any, to the process of {@code execution}, by the person running the step. */
    public static void keep(DelegateExecution execution, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return;
        }
        execution.getProcessEngineServices().getTaskService().createComment(null, execution.getProcessInstanceId(), text.strip());
    }
}
