package uk.gov.council.socialgov.investigations;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.notifications.Email;
import uk.gov.council.socialgov.notifications.NotificationKind;
import uk.gov.council.socialgov.notifications.Outbox;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.List;

/**
 * "Tell the case owner the report is overdue": the investigation's due date has passed. HR (or the
 * Monitoring Officer) and the investigator are told; nobody kept out of the case is.
 */
@Singleton
@Named("remindOverdueInvestigation")
class RemindOverdueInvestigation implements JavaDelegate {


    private final BreachSteps steps;
    private final Outbox outbox;
    private final Directory directory;
    private final CaseExclusions exclusions;

    RemindOverdueInvestigation(BreachSteps steps, Outbox outbox, Directory directory, CaseExclusions exclusions) {
        this.steps = steps;
        this.outbox = outbox;
        this.directory = directory;
        this.exclusions = exclusions;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BreachCase found = steps.breachCase(execution);
        var excluded = exclusions.excludedFrom(BreachInvestigationProcess.CASE_KIND, found.id().toString());
        String due = found.routing().investigationDue() == null ? "its due date" : EngineClock.ukDate(found.routing().investigationDue());
        Email email = new Email("The investigation report for " + found.reference() + " is overdue", List.of(
                "The investigation report for case " + found.reference() + " was due on " + due + ".",
                "Talk to the investigator and agree a new date, or appoint someone else."),
                outbox.link("/investigations/" + found.id()), "Open the case");
        for (Directory.Person person : directory.membersOf(found.reported().subjectKind().group())) {
            if (!excluded.contains(person.username()) && !found.involves(person.username())) {
                outbox.send(person, NotificationKind.TASK_ESCALATED, email);
            }
        }
        if (found.routing().investigator() != null) {
            outbox.send(found.routing().investigator(), NotificationKind.TASK_REMINDER, email);
        }
        steps.record(found, "INVESTIGATION_OVERDUE", AuditTrail.SYSTEM, "Due on " + due);
    }
}
