package uk.gov.council.socialgov.notifications;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import uk.gov.council.socialgov.audit.AuditTrail;

/**
 * "Remind the reviewer" and the like: a BPMN timer before a task's due date leads here. The task is
 * named by the step's input parameter {@code taskKey}; whoever has it (or, unclaimed, its groups) is reminded.
 */
@Singleton
@Named("remindTaskOwners")
class RemindTaskOwners implements JavaDelegate {

    private final OpenTasks openTasks;
    private final Outbox outbox;
    private final TaskEmails emails;
    private final TaskRecipients recipients;
    private final AuditTrail audit;

    RemindTaskOwners(OpenTasks openTasks, Outbox outbox, TaskEmails emails, TaskRecipients recipients, AuditTrail audit) {
        this.openTasks = openTasks;
        this.outbox = outbox;
        this.emails = emails;
        this.recipients = recipients;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        for (Task task : openTasks.named(execution)) {
            var people = recipients.of(task.getAssignee(), openTasks.candidateGroups(execution, task), execution);
            Email email = emails.reminder(TaskEmails.About.of(task.getId(), task.getName(), execution, task.getDueDate()));
            people.forEach(person -> outbox.send(person, NotificationKind.TASK_REMINDER, email));
            audit.record(OpenTasks.caseEvent("TASK_REMINDER_SENT", execution, task.getName() + ": " + people.size() + " reminded"),
                    AuditTrail.SYSTEM, null);
        }
    }
}
