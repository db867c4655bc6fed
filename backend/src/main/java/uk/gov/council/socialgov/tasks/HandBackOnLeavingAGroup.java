package uk.gov.council.socialgov.tasks;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.GroupsRemoved;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Someone who leaves a group leaves its work: the tasks of that group they had claimed go back to
 * the group, unless they are still in another of the task's groups. Runs inside the transaction that
 * removed the group, so both happen or neither does.
 */
@Singleton
class HandBackOnLeavingAGroup {

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final TaskAccess access;
    private final Directory directory;
    private final AuditTrail audit;

    HandBackOnLeavingAGroup(TaskService tasks, RuntimeService runtime, TaskAccess access, Directory directory, AuditTrail audit) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.access = access;
        this.directory = directory;
        this.audit = audit;
    }

    @EventListener
    void onGroupsRemoved(GroupsRemoved removed) {
        Set<String> stillIn = directory.find(removed.username()).map(person -> Set.copyOf(person.groups())).orElse(Set.of());
        List<Task> claimed = tasks.createTaskQuery().taskAssignee(removed.username())
                .taskCandidateGroupIn(List.copyOf(removed.groups())).includeAssignedTasks().list();
        for (Task task : claimed) {
            List<String> groups = access.candidateGroups(task.getId());
            if (groups.stream().anyMatch(stillIn::contains)) {
                continue;
            }
            tasks.setAssignee(task.getId(), null);
            Map<String, Object> c = runtime.getVariables(task.getProcessInstanceId(),
                    List.of(CaseVariables.CASE_KIND, CaseVariables.CASE_ID, CaseVariables.CASE_REFERENCE));
            String left = groups.stream().filter(removed.groups()::contains).sorted().findFirst().orElse("the group");
            audit.record(AuditEvent.onCase("TASK_HANDED_BACK", (String) c.get(CaseVariables.CASE_KIND), (String) c.get(CaseVariables.CASE_ID),
                    (String) c.get(CaseVariables.CASE_REFERENCE), task.getName() + ": " + removed.username() + " left " + left), removed.by(), null);
        }
    }
}
