package uk.gov.council.socialgov.notifications;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.Groups;

import java.util.List;

/**
 * Tells people about new work, for every user task of every process: a task nobody has yet is
 * offered to its groups' members; a task given to someone by someone else is announced to them
 * (claiming a task yourself sends nothing). Runs inside the engine command, so the message is
 * queued in the same transaction as the task.
 */
@Singleton
class TaskNotifications implements TaskListener {

    private final Outbox outbox;
    private final TaskEmails emails;
    private final TaskRecipients recipients;
    private final Directory directory;

    TaskNotifications(Outbox outbox, TaskEmails emails, TaskRecipients recipients, Directory directory) {
        this.outbox = outbox;
        this.emails = emails;
        this.recipients = recipients;
        this.directory = directory;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskEmails.About about = TaskEmails.About.of(task.getId(), task.getName(), task.getExecution(), task.getDueDate());
        if (EVENTNAME_CREATE.equals(task.getEventName()) && task.getAssignee() == null) {
            for (String group : OpenTasks.groups(task.getCandidates())) {
                Email email = emails.offered(about, Groups.label(group));
                recipients.of(null, List.of(group), task.getExecution())
                        .forEach(person -> outbox.send(person, NotificationKind.TASK_OFFERED, email));
            }
        } else if (EVENTNAME_ASSIGNMENT.equals(task.getEventName()) && task.getAssignee() != null) {
            String actor = actor(task);
            if (task.getAssignee().equals(actor)) {
                return;
            }
            String byName = actor == null ? null : directory.find(actor).map(Directory.Person::displayName).orElse(null);
            Email email = emails.assigned(about, byName);
            recipients.of(task.getAssignee(), OpenTasks.groups(task.getCandidates()), task.getExecution())
                    .forEach(person -> outbox.send(person, NotificationKind.TASK_ASSIGNED, email));
        }
    }

    private static String actor(DelegateTask task) {
        Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
