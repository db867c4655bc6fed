package uk.gov.council.socialgov.access;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.notifications.Email;
import uk.gov.council.socialgov.notifications.NotificationKind;
import uk.gov.council.socialgov.notifications.Outbox;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.List;

/** "Remind them the access ends": the person is told the date, so nothing is cut off unexpectedly. */
@Singleton
@Named("remindAccessEnding")
class RemindAccessEnding implements JavaDelegate {

    private final AccessGrantSteps steps;
    private final Outbox outbox;

    RemindAccessEnding(AccessGrantSteps steps, Outbox outbox) {
        this.steps = steps;
        this.outbox = outbox;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessGrant grant = steps.grant(execution);
        String ends = EngineClock.ukDate(grant.getAgreedEndDate());
        outbox.send(grant.getGrantee(), NotificationKind.ACCESS_ENDING, new Email("Your access to the council's corporate accounts ends on " + ends,
                List.of("Your temporary access " + grant.getReference() + " ends on " + ends + ".",
                        "The communications team will review it then. If you still need it, tell them before that date."),
                outbox.link("/access/" + grant.getId()), "View your access"));
        steps.save(grant, "ACCESS_END_REMINDER_SENT", AuditTrail.SYSTEM, "ends " + ends);
    }
}
