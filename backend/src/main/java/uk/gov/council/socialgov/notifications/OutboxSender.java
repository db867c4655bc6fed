package uk.gov.council.socialgov.notifications;

import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Sends what the outbox holds: woken after each commit that queued mail, and every half minute for
 * retries. Each row is locked (skipping rows another node holds), sent and marked SENT in one
 * transaction, so it goes once; a failed send waits longer each time, up to an hour, and is never dropped.
 */
@Singleton
class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);
    static final int BATCH = 20;
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(1);

    private final NotificationStore store;
    private final MailSender smtp;
    private final MailProperties mail;
    private final TransactionOperations<Connection> transactions;
    private final ExecutorService executor;
    private final AtomicBoolean again = new AtomicBoolean();
    private final ReentrantLock running = new ReentrantLock();

    OutboxSender(NotificationStore store, MailSender smtp, MailProperties mail, TransactionOperations<Connection> transactions) {
        this.store = store;
        this.smtp = smtp;
        this.mail = mail;
        this.transactions = transactions;
        // A plain thread, not one of Micronaut's: those carry the waking transaction's context, whose
        // connection is closed by the time the send runs.
        this.executor = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    void wake() {
        if (mail.enabled()) {
            executor.execute(this::sendDue);
        }
    }

    /** One pass at a time per node; a wake-up during a pass makes it go round once more. */
    @Scheduled(fixedDelay = "${socialgov.mail.retry-interval:30s}", initialDelay = "${socialgov.mail.retry-interval:30s}")
    void sendDue() {
        if (!mail.enabled()) {
            return;
        }
        again.set(true);
        while (again.get() && running.tryLock()) {
            try {
                while (again.getAndSet(false)) {
                    while (sendBatch() == BATCH) {
                        // a full batch: there may be more
                    }
                }
            } finally {
                running.unlock();
            }
        }
    }

    private int sendBatch() {
        return transactions.executeWrite(status -> {
            Instant now = EngineClock.now();
            List<Notification> due = store.lockDue(now, BATCH);
            for (Notification notification : due) {
                try {
                    smtp.send(notification);
                    store.markSent(notification.id(), EngineClock.now());
                } catch (Exception e) {
                    Duration wait = backOff(notification.attempts() + 1);
                    LOG.warn("Email {} not sent (attempt {}), next try in {}: {}", notification.id(), notification.attempts() + 1,
                            wait, e.getMessage());
                    store.markFailed(notification.id(), now.plus(wait), String.valueOf(e.getMessage()));
                }
            }
            return due.size();
        });
    }

    /** 30 seconds after the first failure, doubling each time, never more than an hour. */
    static Duration backOff(int failures) {
        Duration wait = FIRST_RETRY.multipliedBy(1L << Math.min(failures - 1, 20));
        return wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait;
    }
}
