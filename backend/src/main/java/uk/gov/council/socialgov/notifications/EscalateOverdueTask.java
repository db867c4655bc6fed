package uk.gov.council.socialgov.notifications;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.Directory;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * "Escalate the overdue review" and the like: a BPMN timer at a task's due date leads here. The task
 * ({@code taskKey}) becomes high priority, and its assignee and everyone in the group named by
 * {@code escalateTo} (its own groups if none is named) are told it is overdue.
 */
@Singleton
@Named("escalateOverdueTask")
class EscalateOverdueTask implements JavaDelegate {

    static final int HIGH_PRIORITY = 80;

    private final OpenTasks openTasks;
    private final Outbox outbox;
    private final TaskEmails emails;
    private final TaskRecipients recipients;
    private final AuditTrail audit;

    EscalateOverdueTask(OpenTasks openTasks, Outbox outbox, TaskEmails emails, TaskRecipients recipients, AuditTrail audit) {
        this.openTasks = openTasks;
        this.outbox = outbox;
        this.emails = emails;
        this.recipients = recipients;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Object escalateTo = execution.getVariableLocal("escalateTo");
        for (Task task : openTasks.named(execution)) {
            execution.getProcessEngineServices().getTaskService().setPriority(task.getId(), HIGH_PRIORITY);
            List<String> taskGroups = openTasks.candidateGroups(execution, task);
            List<String> groups = escalateTo == null ? taskGroups : List.of(escalateTo.toString());
            Map<String, Directory.Person> people = new LinkedHashMap<>();
            if (task.getAssignee() != null) {
                recipients.of(task.getAssignee(), taskGroups, execution).forEach(p -> people.put(p.username(), p));
            }
            recipients.of(null, groups, execution).forEach(p -> people.putIfAbsent(p.username(), p));
            Email email = emails.escalated(TaskEmails.About.of(task.getId(), task.getName(), execution, task.getDueDate()));
            people.values().forEach(person -> outbox.send(person, NotificationKind.TASK_ESCALATED, email));
            audit.record(OpenTasks.caseEvent("TASK_ESCALATED", execution,
                    task.getName() + " is overdue: " + people.size() + " told, now high priority"), AuditTrail.SYSTEM, null);
        }
    }
}
