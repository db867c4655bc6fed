package uk.gov.council.socialgov.tasks;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.web.ForbiddenException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who may see and work which task. The engine runs without its own authorisation, so these rules,
 * checked on the server for every call, are the only gate: assignee (or someone covering for them),
 * candidate group, not excluded from the case, and not a person the case is by or about.
 */
@Singleton
class TaskAccess {

    static final String HANDED_OVER_BY = "handedOverBy";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final CaseExclusions exclusions;
    private final Substitutions substitutions;
    private final TaskModel model;

    TaskAccess(TaskService tasks, RuntimeService runtime, CaseExclusions exclusions, Substitutions substitutions, TaskModel model) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.exclusions = exclusions;
        this.substitutions = substitutions;
        this.model = model;
    }

    /** Me, and whoever I am covering for today. */
    List<String> assignees(CurrentUser user) {
        List<String> assignees = new ArrayList<>();
        assignees.add(user.username());
        assignees.addAll(substitutions.coveredToday(user.username()));
        return assignees;
    }

    /** A query over tasks this person may see, before any view or criteria. */
    TaskQuery query(CurrentUser user) {
        return withoutExcludedCases(tasks.createTaskQuery(), user);
    }

    TaskQuery withoutExcludedCases(TaskQuery query, CurrentUser user) {
        for (String caseId : exclusions.caseIdsExcluding(user.username())) {
            query.processVariableValueNotEquals(CaseVariables.CASE_ID, caseId);
        }
        return query;
    }

    /** A task the person may not see is reported as missing, so its existence is not revealed. */
    Task visibleTask(String taskId, CurrentUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !(assignees(user).contains(task.getAssignee()) || offeredTo(task, user)) || excluded(task, user)) {
            throw new NotFoundException("There is no task " + taskId);
        }
        return task;
    }

    /** No one works a case they asked for, reported, or are the subject of. */
    void requireNotInvolved(Task task, CurrentUser user) {
        if (CaseVariables.involves(runtime.getVariable(task.getProcessInstanceId(), CaseVariables.INVOLVED), user.username())) {
            throw new ForbiddenException("You cannot work on a case you asked for, reported, or that is about you.");
        }
    }

    private boolean offeredTo(Task task, CurrentUser user) {
        return candidateGroups(task.getId()).stream().anyMatch(user::isIn);
    }

    private boolean excluded(Task task, CurrentUser user) {
        return excluded(task, user.username());
    }

    boolean excluded(Task task, String username) {
        return caseOf(task).map(c -> exclusions.isExcluded(c.kind(), c.id(), username)).orElse(false);
    }

    /** Which case a task belongs to, from the variables every process sets at its start. */
    Optional<CaseRef> caseOf(Task task) {
        Map<String, Object> caseVariables = runtime.getVariables(task.getProcessInstanceId(),
                List.of(CaseVariables.CASE_KIND, CaseVariables.CASE_ID));
        Object kind = caseVariables.get(CaseVariables.CASE_KIND);
        Object id = caseVariables.get(CaseVariables.CASE_ID);
        return kind == null || id == null ? Optional.empty() : Optional.of(new CaseRef(kind.toString(), id.toString()));
    }

    record CaseRef(String kind, String id) {
    }

    List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    TaskView view(Task task, CurrentUser user) {
        return views(List.of(task), user).get(0);
    }

    /** Task rows with their case, in two queries for the whole page rather than per task. */
    List<TaskView> views(List<Task> found, CurrentUser user) {
        if (found.isEmpty()) {
            return List.of();
        }
        Set<String> instanceIds = found.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        Map<String, Map<String, Object>> caseVariables = new HashMap<>();
        runtime.createVariableInstanceQuery()
                .processInstanceIdIn(instanceIds.toArray(String[]::new))
                .variableNameIn(CaseVariables.CASE_ID, CaseVariables.CASE_REFERENCE, CaseVariables.CASE_TITLE, CaseVariables.CASE_KIND)
                .disableBinaryFetching().disableCustomObjectDeserialization()
                .list().stream()
                .filter(variable -> variable.getExecutionId().equals(variable.getProcessInstanceId()))
                .forEach((VariableInstance variable) -> caseVariables
                        .computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                        .put(variable.getName(), variable.getValue()));
        Map<String, String> handedOverBy = new HashMap<>();
        runtime.createVariableInstanceQuery()
                .taskIdIn(found.stream().map(Task::getId).toArray(String[]::new))
                .variableName(HANDED_OVER_BY)
                .list().forEach(variable -> handedOverBy.put(variable.getTaskId(), (String) variable.getValue()));
        List<String> everyone = assignees(user);
        List<String> covered = everyone.subList(1, everyone.size());
        return found.stream().map(task -> {
            Map<String, Object> vars = caseVariables.getOrDefault(task.getProcessInstanceId(), Map.of());
            TaskModel.Step step = model.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey());
            return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), step.processKey(), step.processName(),
                    (String) vars.get(CaseVariables.CASE_ID), (String) vars.get(CaseVariables.CASE_REFERENCE),
                    (String) vars.get(CaseVariables.CASE_TITLE), (String) vars.get(CaseVariables.CASE_KIND),
                    task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(), task.getPriority(),
                    task.getAssignee(), candidateGroups(task.getId()), handedOverBy.get(task.getId()),
                    covered.contains(task.getAssignee()) ? task.getAssignee() : null,
                    step.instructions(), step.policyClauses(), step.formKey());
        }).toList();
    }
}
