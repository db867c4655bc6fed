package uk.gov.council.socialgov.notifications;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.util.Collection;
import java.util.List;

/**
 * The open user tasks a reminder or escalation step is about: the step's {@code taskKey} input (one
 * task key, or several separated by commas), in its process instance.
 */
@Singleton
class OpenTasks {

    List<Task> named(DelegateExecution execution) {
        Object key = execution.getVariableLocal("taskKey");
        if (key == null) {
            throw new IllegalStateException("Step " + execution.getCurrentActivityName() + " needs a taskKey input parameter");
        }
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKeyIn(key.toString().split(",")).list();
    }

    List<String> candidateGroups(DelegateExecution execution, Task task) {
        return groups(execution.getProcessEngineServices().getTaskService().getIdentityLinksForTask(task.getId()));
    }

    /** The candidate groups among a task's identity links. */
    static List<String> groups(Collection<? extends IdentityLink> links) {
        return links.stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    /** An audit event on the case the step's process serves, for its timeline. */
    static AuditEvent caseEvent(String action, DelegateExecution execution, String detail) {
        return AuditEvent.onCase(action, (String) execution.getVariable(CaseVariables.CASE_KIND),
                (String) execution.getVariable(CaseVariables.CASE_ID), (String) execution.getVariable(CaseVariables.CASE_REFERENCE),
                detail);
    }
}
