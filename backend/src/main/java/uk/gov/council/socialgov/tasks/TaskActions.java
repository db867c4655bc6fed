package uk.gov.council.socialgov.tasks;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.ForbiddenException;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Lists, claims and completes tasks for the signed-in person. The engine runs without its own
 * authorisation, so every rule about who may act is checked here, on the server.
 */
@Singleton
class TaskActions {

    record TaskPage(List<TaskView> items, long total) {
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final FormService forms;
    private final IdentityService identity;
    private final JsonMapper json;
    private final CaseExclusions exclusions;
    private final AuditTrail audit;

    TaskActions(TaskService tasks, RuntimeService runtime, RepositoryService repository, FormService forms,
                IdentityService identity, JsonMapper json, CaseExclusions exclusions,
                AuditTrail audit) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.forms = forms;
        this.identity = identity;
        this.json = json;
        this.exclusions = exclusions;
        this.audit = audit;
    }

    /** Tasks assigned to me, and unclaimed tasks offered to any of my groups; oldest due first. */
    @Transactional
    TaskPage myTasks(CurrentUser user, int page, int size) {
        TaskQuery query = visibleTo(user);
        long total = query.count();
        List<Task> found = visibleTo(user).orderByDueDate().asc().orderByTaskCreateTime().asc()
                .listPage(page * size, size);
        return new TaskPage(views(found), total);
    }

    @Transactional
    TaskView get(String taskId, CurrentUser user) {
        return view(visibleTask(taskId, user));
    }

    @Transactional
    void claim(String taskId, CurrentUser user) {
        Task task = visibleTask(taskId, user);
        TaskView view = workableView(task, user);
        if (task.getAssignee() != null) {
            if (task.getAssignee().equals(user.username())) {
                return;
            }
            throw new ConflictException("Someone else has already claimed this task.");
        }
        tasks.claim(taskId, user.username());
        audit.record(event("TASK_CLAIMED", view));
    }

    @Transactional
    void unclaim(String taskId, CurrentUser user) {
        Task task = visibleTask(taskId, user);
        if (!user.username().equals(task.getAssignee())) {
            throw new ForbiddenException("Only the person who claimed this task can hand it back.");
        }
        tasks.setAssignee(taskId, null);
        audit.record(event("TASK_UNCLAIMED", view(task)));
    }

    /** Checks the values against the task's form, then completes it as the signed-in person. */
    @Transactional
    void complete(String taskId, Map<String, Object> variables, CurrentUser user) {
        Task task = visibleTask(taskId, user);
        TaskView view = workableView(task, user);
        if (task.getAssignee() != null && !task.getAssignee().equals(user.username())) {
            throw new ConflictException("Someone else has claimed this task.");
        }
        var errors = FormValidator.validate(form(taskId), variables);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (task.getAssignee() == null) {
            tasks.claim(taskId, user.username());
        }
        Actor.runAs(identity, user.username(), user.groupList(), () -> {
            tasks.complete(taskId, new HashMap<>(variables));
            return null;
        });
        audit.record(event("TASK_COMPLETED", view));
    }

    /** No one works a case they asked for, reported, or are the subject of. */
    private TaskView workableView(Task task, CurrentUser user) {
        Object involved = runtime.getVariable(task.getProcessInstanceId(), CaseVariables.INVOLVED);
        if (CaseVariables.involves(involved, user.username())) {
            throw new ForbiddenException("You cannot work on a case you asked for, reported, or that is about you.");
        }
        return view(task);
    }

    private static AuditEvent event(String action, TaskView task) {
        return AuditEvent.onCase(action, task.caseKind(), task.caseId(), task.caseReference(), task.name());
    }

    private TaskView view(Task task) {
        return views(List.of(task)).get(0);
    }

    private JsonNode form(String taskId) {
        try (InputStream in = forms.getDeployedTaskForm(taskId)) {
            return json.readValue(in.readAllBytes(), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TaskQuery visibleTo(CurrentUser user) {
        TaskQuery query = tasks.createTaskQuery()
                .or().taskAssignee(user.username()).taskCandidateGroupIn(user.groupList()).endOr();
        for (String caseId : exclusions.caseIdsExcluding(user.username())) {
            query.processVariableValueNotEquals(CaseVariables.CASE_ID, caseId);
        }
        return query;
    }

    /** A task the person may not see is reported as missing, so its existence is not revealed. */
    private Task visibleTask(String taskId, CurrentUser user) {
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || !(user.username().equals(task.getAssignee()) || offeredTo(task, user)) || excluded(task, user)) {
            throw new NotFoundException("There is no task " + taskId);
        }
        return task;
    }

    private boolean excluded(Task task, CurrentUser user) {
        Map<String, Object> caseVariables = runtime.getVariables(task.getProcessInstanceId(),
                List.of(CaseVariables.CASE_KIND, CaseVariables.CASE_ID));
        Object kind = caseVariables.get(CaseVariables.CASE_KIND);
        Object id = caseVariables.get(CaseVariables.CASE_ID);
        return kind != null && id != null && exclusions.isExcluded(kind.toString(), id.toString(), user.username());
    }

    private boolean offeredTo(Task task, CurrentUser user) {
        return candidateGroups(task.getId()).stream().anyMatch(user::isIn);
    }

    private List<String> candidateGroups(String taskId) {
        return tasks.getIdentityLinksForTask(taskId).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).sorted().toList();
    }

    private List<TaskView> views(List<Task> found) {
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
        Map<String, String> processKeys = new HashMap<>();
        return found.stream().map(task -> {
            Map<String, Object> vars = caseVariables.getOrDefault(task.getProcessInstanceId(), Map.of());
            String processKey = processKeys.computeIfAbsent(task.getProcessDefinitionId(),
                    id -> repository.getProcessDefinition(id).getKey());
            return new TaskView(task.getId(), task.getName(), task.getTaskDefinitionKey(), processKey,
                    (String) vars.get(CaseVariables.CASE_ID), (String) vars.get(CaseVariables.CASE_REFERENCE),
                    (String) vars.get(CaseVariables.CASE_TITLE), (String) vars.get(CaseVariables.CASE_KIND),
                    task.getCreateTime().toInstant(), task.getDueDate() == null ? null : task.getDueDate().toInstant(),
                    task.getAssignee(), candidateGroups(task.getId()));
        }).toList();
    }
}
