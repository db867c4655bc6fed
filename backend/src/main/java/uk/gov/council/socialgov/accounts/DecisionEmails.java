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
                "Next, send them the account's profile image and background for approval: the task is waiting in your tasks."));
    }

    void active(AccountRequest request) {
        send(request, accountName(request) + " is now active", List.of(
                "The communications team has checked the set-up of " + accountName(request) + " and added it to the council's account registry.",
                "Record its activity in SocialGov, and keep the list of people who may post from it up to date."));
    }

    void expired(AccountRequest request, int days) {
        send(request, "Your account request " + request.getReference() + " has closed", List.of(
                "The communications team asked a question about your request for " + accountName(request)
                        + " and had no answer within " + days + " days, so the request has closed.",
                "If you still need the account, make a new request."));
    }

    void rejected(AccountRequest request) {
        send(request, "Your account request " + request.getReference() + " has not been approved", List.of(
                "The communications team has not approved your request for " + accountName(request) + ".",
                "Their reason: " + request.getRejectionReason()));
    }

    void notEndorsed(AccountRequest request) {
        send(request, "Your account request " + request.getReference() + " has not been endorsed", List.of(
                "The head of your department has not endorsed your request for " + accountName(request)
                        + ", so it has not gone to the communications team.",
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
