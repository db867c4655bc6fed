package uk.gov.council.socialgov.notifications;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;

import java.util.List;

/** The open user task a reminder or escalation step is about: the step's {@code taskKey} input, in its process instance. */
@Singleton
class OpenTasks {

    List<Task> named(DelegateExecution execution) {
        Object key = execution.getVariableLocal("taskKey");
        if (key == null) {
            throw new IllegalStateException("Step " + execution.getCurrentActivityName() + " needs a taskKey input parameter");
        }
        return execution.getProcessEngineServices().getTaskService().createTaskQuery()
                .processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey(key.toString()).list();
    }

    List<String> candidateGroups(DelegateExecution execution, Task task) {
        return execution.getProcessEngineServices().getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }
}
