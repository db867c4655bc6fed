package uk.gov.council.socialgov.notifications;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.identity.Directory;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each morning, one email per person who chose a daily digest, listing what was held for them. The
 * held rows are locked while the digest is written, so two nodes never send the same digest.
 */
@Singleton
class DailyDigest {

    private final NotificationStore store;
    private final Outbox outbox;
    private final Directory directory;
    private final TransactionOperations<Connection> transactions;

    DailyDigest(NotificationStore store, Outbox outbox, Directory directory, TransactionOperations<Connection> transactions) {
        this.store = store;
        this.outbox = outbox;
        this.directory = directory;
        this.transactions = transactions;
    }

    @Scheduled(cron = "${socialgov.mail.digest-cron:0 0 7 * * *}", zoneId = "Europe/London")
    int send() {
        return transactions.executeWrite(status -> {
            Map<String, List<Notification>> held = new LinkedHashMap<>();
            store.lockHeld().forEach(n -> held.computeIfAbsent(n.recipient(), r -> new ArrayList<>()).add(n));
            held.forEach((recipient, messages) -> directory.find(recipient).ifPresent(person -> {
                List<String> paragraphs = new ArrayList<>();
                paragraphs.add(messages.size() == 1 ? "Since your last digest there has been 1 message for you:"
                        : "Since your last digest there have been " + messages.size() + " messages for you:");
                messages.forEach(m -> paragraphs.add(m.subject() + (m.link() == null ? "" : " – " + m.link())));
                Email digest = new Email("Your SocialGov daily digest", paragraphs, outbox.link("/tasks"), "Open your tasks");
                var sent = outbox.send(person, NotificationKind.DIGEST, digest);
                messages.forEach(m -> store.markInDigest(m.id(), sent));
            }));
            return held.size();
        });
    }
}
