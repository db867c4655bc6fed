package uk.gov.council.socialgov.access;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.registry.AuthorisedUsers;
import uk.gov.council.socialgov.notifications.Email;
import uk.gov.council.socialgov.notifications.NotificationKind;
import uk.gov.council.socialgov.notifications.Outbox;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.List;
import java.util.UUID;

/** Suspending and resuming one grant for an emergency, shared by the emergency's steps and by grants given during one. */
@Singleton
class EmergencySteps {

    private final AccessGrantSteps steps;
    private final GrantRecordStore records;
    private final AuthorisedUsers authorisedUsers;
    private final EmergencyStore emergencies;
    private final Outbox outbox;

    EmergencySteps(AccessGrantSteps steps, GrantRecordStore records, AuthorisedUsers authorisedUsers, EmergencyStore emergencies, Outbox outbox) {
        this.steps = steps;
        this.records = records;
        this.authorisedUsers = authorisedUsers;
        this.emergencies = emergencies;
        this.outbox = outbox;
    }

    /** The grant stops (its periods end today) but keeps its dates; the emergency remembers it to resume it. */
    void suspend(AccessGrant grant, UUID emergencyId, String by) {
        grant.suspend();
        authorisedUsers.endGrant(grant.getId(), EngineClock.today(), by);
        emergencies.suspended(emergencyId, grant.getId());
        steps.save(grant, "ACCESS_SUSPENDED", by, "emergency");
        tell(grant, "Your access to the council's corporate accounts is suspended",
                "An emergency is in force: nothing may be posted from council accounts except the holding message. "
                        + "Your access will resume when the emergency is lifted, with its end date unchanged.");
    }

    /** The grant resumes with new periods from today on each account still open. */
    void resume(AccessGrant grant, String by) {
        grant.resume();
        for (UUID accountId : records.accounts(grant.getId())) {
            authorisedUsers.account(accountId).filter(AuthorisedUsers.Account::activeCorporate)
                    .ifPresent(account -> authorisedUsers.open(accountId, grant.getGrantee(), EngineClock.today(), by, grant.getId()));
        }
        steps.save(grant, "ACCESS_RESUMED", by, "emergency lifted");
        tell(grant, "Your access to the council's corporate accounts has resumed",
                "The emergency has been lifted. Your access continues until " + EngineClock.ukDate(grant.getAgreedEndDate()) + ".");
    }

    private void tell(AccessGrant grant, String subject, String paragraph) {
        outbox.send(grant.getGrantee(), NotificationKind.EMERGENCY,
                new Email(subject, List.of(paragraph), outbox.link("/access/" + grant.getId()), "View your access"));
    }
}
