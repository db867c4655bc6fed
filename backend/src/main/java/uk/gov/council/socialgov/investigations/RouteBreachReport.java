package uk.gov.council.socialgov.investigations;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.notifications.Email;
import uk.gov.council.socialgov.notifications.NotificationKind;
import uk.gov.council.socialgov.notifications.Outbox;
import uk.gov.council.socialgov.workflow.Actor;

import java.util.List;

/**
 * "Send the report to HR or the Monitoring Officer". For an employee, their line manager is told
 * that HR has a report about them, and nothing of its content.
 */
@Singleton
@Named("routeBreachReport")
class RouteBreachReport implements JavaDelegate {

    private final BreachSteps steps;
    private final Outbox outbox;
    private final Directory directory;

    RouteBreachReport(BreachSteps steps, Outbox outbox, Directory directory) {
        this.steps = steps;
        this.outbox = outbox;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BreachCase found = steps.breachCase(execution);
        boolean told = found.reported().subjectKind() == SubjectKind.EMPLOYEE && found.reported().lineManager() != null;
        if (told) {
            String employee = directory.displayNames(List.of(found.reported().subject())).get(found.reported().subject());
            outbox.send(found.reported().lineManager(), NotificationKind.CASE_NOTICE, new Email(
                    "HR has a report about someone you manage (" + found.reference() + ")", List.of(
                    "Someone has reported a suspected breach of the social media policy by " + employee + ". HR will look into it.",
                    "You do not need to do anything now. HR will contact you if they need you, for example to help establish the facts.",
                    "Please keep this confidential."), null, null));
        }
        steps.record(found, "BREACH_ROUTED", Actor.of(execution), found.reported().subjectKind() == SubjectKind.EMPLOYEE
                ? told ? "Sent to HR; the line manager was told" : "Sent to HR; no line manager in the organisation directory to tell"
                : "Sent to the Monitoring Officer");
    }
}
