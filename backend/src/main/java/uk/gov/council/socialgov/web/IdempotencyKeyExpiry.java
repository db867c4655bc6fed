package uk.gov.council.socialgov.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Duration;
import java.time.Instant;

/**
 * Forgets Idempotency-Key answers once a retry can no longer be expected (a day by default), so the
 * table stays the size of a day's process starts. A key used again after that starts a new process.
 */
@Singleton
class IdempotencyKeyExpiry {

    private final IdempotencyStore store;
    private final Duration keptFor;

    IdempotencyKeyExpiry(IdempotencyStore store, @Value("${socialgov.web.idempotency-keys-kept-for:24h}") Duration keptFor) {
        this.store = store;
        this.keptFor = keptFor;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    void purge() {
        purgeOlderThan(EngineClock.now().minus(keptFor));
    }

    /** Deletes answers recorded before {@code cutOff}; answers how many. */
    @Transactional
    int purgeOlderThan(Instant cutOff) {
        return store.purgeOlderThan(cutOff);
    }
}
