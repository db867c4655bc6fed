package uk.gov.council.socialgov.tasks;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricIdentityLinkLog;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.ForbiddenException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
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
    private final HistoryService history;
    private final RuntimeService runtime;
    private final CaseExclusions exclusions;
    private final Substitutions substitutions;
    private final TaskModel model;
    private final CandidateGroupStore candidateGroups;

    TaskAccess(TaskService tasks, HistoryService history, RuntimeService runtime, CaseExclusions exclusions, Substitutions substitutions, TaskModel model,
               CandidateGroupStore candidateGroups) {
        this.candidateGroups = candidateGroups;
        this.tasks = tasks;
        this.history = history;
        this.runtime = runtime;
        this.exclusions = exclusions;
        this.substitutions = substitutions;
        this.model = model;
    }

    /**
     * Me, and whoever I am covering for today: the people whose claimed tasks I may act on. Cover
     * adds no sight of anything: it reaches only tasks of groups I am in myself (see {@link #mayWork}).
     */
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

    /**
     * A task the person may not see is reported as missing, so its existence is not revealed. One
     * they could have worked that someone else has just done is a conflict, not a mystery, even if it
     * went while we were looking.
     */
    Task visibleTask(String taskId, CurrentUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task != null && mayWork(task, user)) {
            return task;
        }
        throw gone(taskId, user);
    }

    /**
     * Runs a task action. The task was there when checked, but a colleague may finish it before the
     * engine acts, and the engine then throws whatever its next step trips over (a missing row, an
     * optimistic-locking failure, a NullPointerException in its own checks), or our own rules judge
     * what is left of it. Whatever was thrown, if the task has gone the caller gets the answer for a
     * task that has gone. Called outside a transaction, so the action's own has rolled back and the
     * check reads what has been committed.
     */
    <T> T whileThere(String taskId, CurrentUser user, Supplier<T> action) {
        try {
            return action.get();
        } catch (RuntimeException e) {
            if (exists(taskId)) {
                throw e;
            }
            throw answerForGone(taskId, user);
        }
    }

    void whileThere(String taskId, CurrentUser user, Runnable action) {
        whileThere(taskId, user, () -> {
            action.run();
            return null;
        });
    }

    @Transactional
    boolean exists(String taskId) {
        return tasks.createTaskQuery().taskId(taskId).count() > 0;
    }

    @Transactional
    RuntimeException answerForGone(String taskId, CurrentUser user) {
        return gone(taskId, user);
    }

    private RuntimeException gone(String taskId, CurrentUser user) {
        if (doneByOthers(taskId, user)) {
            return new ConflictException("Someone else has already done this task.");
        }
        return new NotFoundException("There is no task " + taskId);
    }

    private boolean mayWork(Task task, CurrentUser user) {
        return ownsTheStep(candidateGroups(task.getId()), task.getAssignee(), user) && !excluded(task, user);
    }

    /**
     * The one rule for seeing and working a task, with exclusion from its case checked too: a step the
     * process gives one person by name is theirs alone (nobody covers it); any other step belongs to
     * its groups, so only their members may see it, whoever has claimed it (someone who leaves the
     * group leaves its tasks too).
     */
    static boolean ownsTheStep(List<String> candidateGroups, String assignee, CurrentUser user) {
        return candidateGroups.isEmpty() ? user.username().equals(assignee) : candidateGroups.stream().anyMatch(user::isIn);
    }

    /**
     * No one works a case they asked for, reported, or are the subject of, except a step the process
     * gives them by name and marks as theirs to do ({@code doneByThePersonConcerned}), such as
     * answering a question about their own request; never a decision such as endorsing it.
     */
    void requireNotInvolved(Task task, CurrentUser user) {
        if (user.username().equals(task.getAssignee()) && personal(task)
                && model.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).doneByThePersonConcerned()) {
            return;
        }
        if (CaseVariables.involves(runtime.getVariable(task.getProcessInstanceId(), CaseVariables.INVOLVED), user.username())) {
            throw new ForbiddenException("You cannot work on a case you asked for, reported, or that is about you.");
        }
    }

    /** A finished task this person was offered (through a group or by name) on a case they may still see. */
    private boolean doneByOthers(String taskId, CurrentUser user) {
        HistoricTaskInstance done = history.createHistoricTaskInstanceQuery().taskId(taskId).finished().singleResult();
        if (done == null || assignees(user).contains(done.getAssignee())) {
            return false;
        }
        boolean offered = history.createHistoricIdentityLinkLogQuery().taskId(taskId).type(IdentityLinkType.CANDIDATE).list().stream()
                .map(HistoricIdentityLinkLog::getGroupId).anyMatch(group -> group != null && user.isIn(group));
        Object caseKind = variable(done.getProcessInstanceId(), CaseVariables.CASE_KIND);
        Object caseId = variable(done.getProcessInstanceId(), CaseVariables.CASE_ID);
        return offered && (caseKind == null || caseId == null || !exclusions.isExcluded(caseKind.toString(), caseId.toString(), user.username()));
    }

    private Object variable(String processInstanceId, String name) {
        var found = history.createHistoricVariableInstanceQuery().processInstanceId(processInstanceId).variableName(name).list();
        return found.isEmpty() ? null : found.get(0).getValue();
    }

    /** A task the process gives one named person, offered to no group: only they (or their cover) can do it. */
    boolean personal(Task task) {
        return task.getAssignee() != null && candidateGroups(task.getId()).isEmpty();
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
        return candidateGroups(List.of(taskId)).getOrDefault(taskId, List.of());
    }

    /** Candidate groups of a page of tasks in one query; the engine's API would read them task by task. */
    @Transactional
    Map<String, List<String>> candidateGroups(Collection<String> taskIds) {
        return candidateGroups.of(taskIds);
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
        Map<String, List<String>> groups = candidateGroups(found.stream().map(Task::getId).toList());
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
                    task.getAssignee(), groups.getOrDefault(task.getId(), List.of()), handedOverBy.get(task.getId()),
                    covered.contains(task.getAssignee()) ? task.getAssignee() : null,
                    step.instructions(), step.policyClauses(), step.formKey());
        }).toList();
    }
}
