package uk.gov.council.socialgov.notifications;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The words of task emails. Only kinds of case known to be fit for email say which task and case it
 * is; any other kind (investigations, harassment reports, and anything new) says only that there is
 * a task, so no case content ever reaches a mailbox by default.
 */
@Singleton
class TaskEmails {

    /** The task as an email may describe it. */
    record About(String taskId, String taskName, @Nullable String caseKind, @Nullable String caseReference,
                 @Nullable String caseTitle, @Nullable Instant due) {

        static About of(String taskId, String taskName, VariableScope variables, @Nullable Date due) {
            return new About(taskId, taskName, string(variables.getVariable(CaseVariables.CASE_KIND)),
                    string(variables.getVariable(CaseVariables.CASE_REFERENCE)),
                    string(variables.getVariable(CaseVariables.CASE_TITLE)), due == null ? null : due.toInstant());
        }

        private static String string(Object value) {
            return value == null ? null : value.toString();
        }
    }

    private final Outbox outbox;
    /** Kinds of case whose task name, reference and title may appear in an email, as each kind declares. */
    private final Set<String> namedInEmails;

    TaskEmails(Outbox outbox, List<CaseKindInEmails> kinds) {
        this.outbox = outbox;
        this.namedInEmails = kinds.stream().filter(CaseKindInEmails::namedInEmails).map(CaseKindInEmails::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    private boolean fitForEmail(About task) {
        return task.caseKind() != null && namedInEmails.contains(task.caseKind());
    }

    Email offered(About task, String groupLabel) {
        return fitForEmail(task)
                ? email("New task for " + groupLabel + ": " + task.taskName(), task,
                        "A new task is waiting for " + groupLabel + ": " + task.taskName() + " for " + caseLine(task) + ".",
                        "Anyone in the team can claim it.")
                : confidential("You have a new task in SocialGov", task);
    }

    Email assigned(About task, @Nullable String byName) {
        return fitForEmail(task)
                ? email("Task for you: " + task.taskName(), task,
                        (byName == null ? "You have been given a task: " : byName + " has given you a task: ")
                                + task.taskName() + " for " + caseLine(task) + ".")
                : confidential("You have a new task in SocialGov", task);
    }

    Email reminder(About task) {
        return fitForEmail(task)
                ? email("Reminder: " + task.taskName() + " is due soon", task,
                        "This is a reminder that " + task.taskName() + " for " + caseLine(task) + " is due soon.")
                : confidential("Reminder: you have a task in SocialGov that is due soon", task);
    }

    Email escalated(About task) {
        return fitForEmail(task)
                ? email("Overdue: " + task.taskName() + " for " + task.caseReference(), task,
                        task.taskName() + " for " + caseLine(task) + " is overdue. It is now marked as high priority.",
                        "If the person who has it cannot finish it, hand it to a colleague or claim it yourself.")
                : confidential("Overdue: a task in SocialGov needs attention", task);
    }

    private Email email(String subject, About task, String... paragraphs) {
        List<String> lines = new ArrayList<>(List.of(paragraphs));
        if (task.due() != null) {
            lines.add("It is due by " + UkDateTime.format(task.due()) + ".");
        }
        return new Email(subject, lines, outbox.link("/tasks/" + task.taskId()), "Open the task");
    }

    private Email confidential(String subject, About task) {
        return new Email(subject, List.of("Sign in to SocialGov to see it. For confidentiality this email does not say what it is about."),
                outbox.link("/tasks/" + task.taskId()), "Open the task");
    }

    private static String caseLine(About task) {
        return task.caseReference() + (task.caseTitle() == null ? "" : " (" + task.caseTitle() + ")");
    }
}
