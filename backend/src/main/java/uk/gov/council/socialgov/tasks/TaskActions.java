package uk.gov.council.socialgov.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.ForbiddenException;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.Actor;

import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Claims, hands back, hands over, dates, comments on and completes tasks for the signed-in person; every change audited. */
@Singleton
class TaskActions {

    /** Due and follow-up dates are days; a task is due by the end of that working day. */
    static final LocalTime END_OF_DAY = LocalTime.of(17, 0);

    private final TaskService tasks;
    private final IdentityService identity;
    private final TaskAccess access;
    private final TaskDetails details;
    private final Directory directory;
    private final AuditTrail audit;
    private final TaskModel model;

    TaskActions(TaskService tasks, IdentityService identity, TaskAccess access, TaskDetails details, Directory directory,
                AuditTrail audit, TaskModel model) {
        this.tasks = tasks;
        this.identity = identity;
        this.access = access;
        this.details = details;
        this.directory = directory;
        this.audit = audit;
        this.model = model;
    }

    @Transactional
    TaskView get(String taskId, CurrentUser user) {
        return access.view(access.visibleTask(taskId, user), user);
    }

    @Transactional
    void claim(String taskId, CurrentUser user) {
        Task task = workable(taskId, user);
        if (task.getAssignee() != null) {
            if (task.getAssignee().equals(user.username())) {
                return;
            }
            throw new ConflictException("Someone else has already claimed this task.");
        }
        as(user, () -> tasks.claim(taskId, user.username()));
        record("TASK_CLAIMED", task, user, null);
    }

    @Transactional
    void unclaim(String taskId, CurrentUser user) {
        Task task = access.visibleTask(taskId, user);
        if (!user.username().equals(task.getAssignee())) {
            throw new ForbiddenException("Only the person who claimed this task can hand it back.");
        }
        if (access.personal(task)) {
            throw new ConflictException("This task is yours to do: it cannot be handed back to a team.");
        }
        as(user, () -> tasks.setAssignee(taskId, null));
        record("TASK_UNCLAIMED", task, user, null);
    }

    /** Gives the task to a named colleague who is in one of its groups and may work the case. */
    @Transactional
    void handOver(String taskId, String to, CurrentUser user) {
        Task task = workable(taskId, user);
        String colleague = to.strip().toLowerCase();
        requireNotClaimedByOther(task, user);
        var person = directory.find(colleague)
                .orElseThrow(() -> new InvalidRequestException("to", "There is no one with the username " + colleague));
        if (colleague.equals(user.username())) {
            throw new InvalidRequestException("to", "Name a colleague, not yourself");
        }
        if (access.candidateGroups(taskId).stream().noneMatch(person.groups()::contains)) {
            throw new InvalidRequestException("to", person.displayName() + " is not in a group that works on this task");
        }
        if (access.excluded(task, colleague)) {
            throw new InvalidRequestException("to", person.displayName() + " cannot work on this case");
        }
        as(user, () -> tasks.setAssignee(taskId, colleague)); // the new assignee is told who handed it over
        tasks.setVariableLocal(taskId, TaskAccess.HANDED_OVER_BY, user.username());
        record("TASK_HANDED_OVER", task, user, "to " + colleague);
    }

    @Transactional
    void setDates(String taskId, @Nullable String due, @Nullable String followUp, CurrentUser user) {
        Task task = workable(taskId, user);
        List<FieldError> errors = new ArrayList<>();
        Date dueDate = endOfDay(due, "due", "Enter the due date as a real date", errors);
        Date followUpDate = endOfDay(followUp, "followUp", "Enter the follow-up date as a real date", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        task.setDueDate(dueDate);
        task.setFollowUpDate(followUpDate);
        as(user, () -> tasks.saveTask(task));
        record("TASK_DATES_CHANGED", task, user, "due " + due + ", follow up " + followUp);
    }

    /** Like every change to a case's work, not for the people the case is by or about. */
    @Transactional
    TaskDetails.Comment comment(String taskId, String message, CurrentUser user) {
        Task task = workable(taskId, user);
        var comment = Actor.runAs(identity, user.username(), user.groupList(),
                () -> tasks.createComment(taskId, task.getProcessInstanceId(), message.strip()));
        record("TASK_COMMENTED", task, user, null); // the comment itself is case content: not copied into the trail
        return details.comment(comment);
    }

    /** Checks the values against the task's form, then completes it as the signed-in person. */
    @Transactional
    void complete(String taskId, Map<String, Object> variables, CurrentUser user) {
        Task task = workable(taskId, user);
        requireNotClaimedByOther(task, user);
        var errors = FormValidator.validate(details.form(taskId), variables);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        TaskView before = access.view(task, user); // the task is gone once completed
        if (task.getAssignee() == null) {
            tasks.claim(taskId, user.username());
        }
        as(user, () -> tasks.complete(taskId, new HashMap<>(variables)));
        record("TASK_COMPLETED", before, user, null);
    }

    /** One of many tasks given the same answer at once: only steps the model marks {@code completeManyAtOnce}. */
    @Transactional
    void completeOneOfMany(String taskId, Map<String, Object> variables, CurrentUser user) {
        Task task = workable(taskId, user);
        if (!model.step(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).completeManyAtOnce()) {
            throw new ConflictException("\"" + task.getName() + "\" is done one task at a time: open the task to do it.");
        }
        complete(taskId, variables, user);
    }

    private Task workable(String taskId, CurrentUser user) {
        Task task = access.visibleTask(taskId, user);
        access.requireNotInvolved(task, user);
        return task;
    }

    /** Someone covering for the assignee may act on their tasks; anyone else must not take a claimed task. */
    private void requireNotClaimedByOther(Task task, CurrentUser user) {
        if (task.getAssignee() != null && !access.assignees(user).contains(task.getAssignee())) {
            throw new ConflictException("Someone else has claimed this task.");
        }
    }

    private void record(String action, Task task, CurrentUser user, @Nullable String extra) {
        record(action, access.view(task, user), user, extra);
    }

    private void record(String action, TaskView view, CurrentUser user, @Nullable String extra) {
        String onBehalfOf = view.coveringFor();
        String detail = extra == null ? view.name() : view.name() + ": " + extra;
        audit.record(AuditEvent.onCase(action, view.caseKind(), view.caseId(), view.caseReference(), detail),
                user.username(), onBehalfOf);
    }

    private static Date endOfDay(@Nullable String day, String field, String message, List<FieldError> errors) {
        if (day == null || day.isBlank()) {
            return null;
        }
        try {
            return Date.from(LocalDate.parse(day.strip()).atTime(END_OF_DAY).atZone(EngineClock.UK).toInstant());
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, message));
            return null;
        }
    }

    /** Runs an engine command as the signed-in person, so history and task listeners know who acted. */
    private void as(CurrentUser user, Runnable command) {
        Actor.runAs(identity, user.username(), user.groupList(), () -> {
            command.run();
            return null;
        });
    }
}
