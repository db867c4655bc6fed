package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Counts wrong passwords (at sign-in and on "change your password") and locks the account at the
 * limit. The count is one atomic SQL update, so simultaneous wrong passwords are each counted.
 * Callers are inside a transaction.
 */
@Singleton
class LockOut {

    /** The count after this failure, until when the account is locked, and whether this failure locked it. */
    record Counted(int failures, @Nullable Instant lockedUntil, boolean newlyLocked) {
        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(EngineClock.UK);

    private final UserStore users;
    private final SignInProperties properties;

    LockOut(UserStore users, SignInProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    Counted countFailure(String username) {
        Instant now = EngineClock.now();
        // The row lock serialises simultaneous failures, so exactly one of them sees the lock begin.
        Instant lockedBefore = users.lockedUntilForUpdate(username);
        UserStore.Failures failures = users.countFailure(username, properties.maxFailures(), now, now.plus(properties.lockFor()));
        boolean wasLocked = lockedBefore != null && lockedBefore.isAfter(now);
        boolean isLocked = failures.lockedUntil() != null && failures.lockedUntil().isAfter(now);
        return new Counted(failures.count(), failures.lockedUntil(), !wasLocked && isLocked);
    }

    /** A right password, or an administrator's unlock, starts the count again. */
    void clear(String username) {
        users.clearFailures(username);
    }

    String lockedMessage(Instant until) {
        return "Your account is locked after " + properties.maxFailures() + " failed sign-ins. Try again after "
                + TIME.format(until) + ", or ask an administrator to unlock it.";
    }
}
