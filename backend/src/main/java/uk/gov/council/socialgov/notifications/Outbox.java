package uk.gov.council.socialgov.notifications;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.sql.Connection;
import java.util.UUID;
import java.util.List;

/**
 * Where every feature sends messages. A message is a row written in the caller's transaction, so it
 * exists exactly when the change it reports does; the sender is woken once that transaction commits.
 * Sending never blocks or rolls back the business transaction.
 */
@Singleton
public class Outbox {

    private final NotificationStore store;
    private final Directory directory;
    private final MailProperties mail;
    private final TransactionOperations<Connection> transactions;
    private final OutboxSender sender;

    Outbox(NotificationStore store, Directory directory, MailProperties mail, TransactionOperations<Connection> transactions,
           OutboxSender sender) {
        this.store = store;
        this.directory = directory;
        this.mail = mail;
        this.transactions = transactions;
        this.sender = sender;
    }

    /** A link into the application, for the email's button. */
    public String link(String path) {
        return mail.publicUrl().replaceAll("/+$", "") + path;
    }

    public void send(String username, NotificationKind kind, Email email) {
        directory.find(username).ifPresent(person -> send(person, kind, email));
    }

    /** Queues the message and answers its id. */
    public UUID send(Directory.Person person, NotificationKind kind, Email email) {
        String status;
        if (!mail.enabled() || person.email() == null || person.email().isBlank()) {
            status = "NOT_EMAILED";
        } else if (kind != NotificationKind.DIGEST && store.prefersDigest(person.username())) {
            status = "HELD";
        } else {
            status = "PENDING";
        }
        var now = EngineClock.now();
        UUID id = UUID.randomUUID();
        store.insert(new Notification(id, person.username(), person.email(), kind, email.subject(),
                email.text(), email.html(), email.link(), now, status, 0, now, null, null));
        if (status.equals("PENDING")) {
            wakeSenderAfterCommit();
        }
        return id;
    }

    private void wakeSenderAfterCommit() {
        transactions.findTransactionStatus().ifPresentOrElse(status -> status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.wake();
            }
        }), sender::wake);
    }

    /** At the end of a case's retention: every email about it, and its task emails, leave the outbox; says what went. */
    public Sql.Deleted forget(String caseId, String reference, List<String> taskIds) {
        return store.forget(caseId, reference, taskIds.stream().map(id -> link("/tasks/" + id)).toList());
    }
}
