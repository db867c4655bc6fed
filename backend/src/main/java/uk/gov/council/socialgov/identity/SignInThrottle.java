package uk.gov.council.socialgov.identity;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each password check costs about a tenth of a second of CPU, so a flood of wrong passwords could
 * take a two-core server. After {@code failuresPerAddress} failed sign-ins from one address, or
 * {@code failuresPerUsername} for one username, within {@code failureWindow}, attempts are refused
 * before any password is checked until the oldest of those failures is out of the window. Right
 * passwords are not counted. Kept in memory on each node: a restart or another node starts afresh,
 * and the lock-out in the database still limits guesses at any one account.
 */
@Singleton
class SignInThrottle {

    // A flood of made-up usernames must not grow memory without limit: beyond this many, the
    // expired entries are dropped, and if that is not enough, all of them (the lock-out remains).
    private static final int MAX_KEYS = 10_000;

    private final SignInProperties properties;
    private final Map<String, Deque<Instant>> byAddress = new ConcurrentHashMap<>();
    private final Map<String, Deque<Instant>> byUsername = new ConcurrentHashMap<>();

    SignInThrottle(SignInProperties properties) {
        this.properties = properties;
    }

    /** How long this address or username must wait before trying again, if it must. */
    Optional<Duration> wait(String address, String username) {
        Instant now = EngineClock.now();
        Duration forAddress = waitFor(byAddress, address, properties.failuresPerAddress(), now);
        Duration forUsername = waitFor(byUsername, username, properties.failuresPerUsername(), now);
        Duration longest = forAddress.compareTo(forUsername) >= 0 ? forAddress : forUsername;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    void failed(String address, String username) {
        Instant now = EngineClock.now();
        record(byAddress, address, properties.failuresPerAddress(), now);
        record(byUsername, username, properties.failuresPerUsername(), now);
    }

    /** An administrator's unlock lets the person try again at once. */
    void forget(String username) {
        byUsername.remove(username);
    }

    private Duration waitFor(Map<String, Deque<Instant>> failures, String key, int limit, Instant now) {
        Duration[] wait = {Duration.ZERO};
        failures.computeIfPresent(key, (k, times) -> {
            dropExpired(times, now);
            if (times.size() >= limit) {
                wait[0] = Duration.between(now, times.peekFirst().plus(properties.failureWindow()));
            }
            return times.isEmpty() ? null : times;
        });
        return wait[0].isNegative() ? Duration.ZERO : wait[0];
    }

    private void record(Map<String, Deque<Instant>> failures, String key, int limit, Instant now) {
        if (failures.size() >= MAX_KEYS) {
            failures.entrySet().removeIf(entry -> {
                Instant newest = entry.getValue().peekLast();
                return newest == null || !newest.isAfter(now.minus(properties.failureWindow()));
            });
            if (failures.size() >= MAX_KEYS) {
                failures.clear();
            }
        }
        failures.compute(key, (k, times) -> {
            Deque<Instant> kept = times == null ? new ArrayDeque<>() : times;
            dropExpired(kept, now);
            kept.addLast(now);
            while (kept.size() > Math.max(limit, 1)) {
                kept.removeFirst(); // only the latest `limit` failures decide anything
            }
            return kept;
        });
    }

    private void dropExpired(Deque<Instant> times, Instant now) {
        Instant oldestKept = now.minus(properties.failureWindow());
        while (!times.isEmpty() && !times.peekFirst().isAfter(oldestKept)) {
            times.removeFirst();
        }
    }
}
