package uk.gov.council.socialgov.accounts;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.notifications.Email;
import uk.gov.council.socialgov.notifications.NotificationKind;
import uk.gov.council.socialgov.notifications.Outbox;

import java.util.List;

/** Tells the requester the communications team's decision, in the transaction that records it. */
@Singleton
class DecisionEmails {

    private final Outbox outbox;

    DecisionEmails(Outbox outbox) {
        this.outbox = outbox;
    }

    void approved(AccountRequest request) {
        send(request, "Your account request " + request.getReference() + " has been approved", List.of(
                "The communications team has approved your request for " + accountName(request) + ".",
                "They will contact you about setting up the account."));
    }

    void rejected(AccountRequest request) {
        send(request, "Your account request " + request.getReference() + " has not been approved", List.of(
                "The communications team has not approved your request for " + accountName(request) + ".",
                "Their reason: " + request.getRejectionReason()));
    }

    private void send(AccountRequest request, String subject, List<String> paragraphs) {
        outbox.send(request.getSubmittedBy(), NotificationKind.DECISION,
                new Email(subject, paragraphs, outbox.link("/requests/" + request.getId()), "View your request"));
    }

    private static String accountName(AccountRequest request) {
        return request.getProposedName() + " on " + request.getPlatform().label();
    }
}
