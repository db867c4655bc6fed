package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Server-side sessions without a session table: every sign-in cookie carries the person's session
 * version ({@link #VERSION_CLAIM}), and a cookie is good only while that version is still the one in
 * {@code app_user} and the account is switched on. {@link #end} adds one to the version, which ends
 * every cookie issued before, on every node (decision 0016).
 */
@Singleton
class Sessions {

    static final String VERSION_CLAIM = "sv";

    /**
     * How long a node trusts what it last read about a person. A change made on this node takes
     * effect at once (the entry is dropped when its transaction commits); one made on another node
     * within this time.
     */
    static final Duration RECHECK_AFTER = Duration.ofSeconds(5);

    private record Known(boolean enabled, long version, long readAt) {
    }

    private final UserStore users;
    private final TransactionOperations<Connection> transactions;
    private final Map<String, Known> known = new ConcurrentHashMap<>();
    // Counts ends; a read that overlapped one is used once but not kept, so it cannot outlive it.
    private final AtomicLong ends = new AtomicLong();

    Sessions(UserStore users, TransactionOperations<Connection> transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    /** Whether a cookie for this person carrying this version claim may still be used. */
    boolean isCurrent(String username, @Nullable Object versionClaim) {
        if (!(versionClaim instanceof Number version)) {
            return false;
        }
        Known now = lookUp(username);
        return now != null && now.enabled() && now.version() == version.longValue();
    }

    /** Ends every session this person has, when the surrounding transaction commits. */
    @Transactional
    void end(String username) {
        users.endSessions(username);
        transactions.findTransactionStatus().orElseThrow().registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                ends.incrementAndGet();
                known.remove(username);
            }
        });
    }

    private Known lookUp(String username) {
        Known cached = known.get(username);
        long now = System.nanoTime();
        if (cached != null && now - cached.readAt() < RECHECK_AFTER.toNanos()) {
            return cached;
        }
        long endsBefore = ends.get();
        Known fresh = transactions.executeRead(status -> users.sessionState(username)
                .map(state -> new Known(state.enabled(), state.version(), now)).orElse(null));
        if (fresh == null) {
            known.remove(username);
            return null;
        }
        known.compute(username, (name, previous) -> ends.get() == endsBefore ? fresh : previous);
        return fresh;
    }
}
