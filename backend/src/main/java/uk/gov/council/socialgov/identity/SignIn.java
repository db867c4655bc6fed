package uk.gov.council.socialgov.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.web.TooManyRequestsException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Checks a password, counts failures, locks accounts; every attempt is published for the audit trail.
 * The password check runs outside any transaction, so a slow hash never holds a database connection.
 */
@Singleton
class SignIn {

    sealed interface Outcome permits Accepted, Refused {
    }

    record Accepted(UserAccount user, List<String> groups, boolean temporaryPassword) implements Outcome {
    }

    record Refused(String message) implements Outcome {
    }

    static final String WRONG_CREDENTIALS = "Enter a correct username and password";

    private final UserStore users;
    private final PasswordHasher hasher;
    private final LockOut lockOut;
    private final SignInThrottle throttle;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<IdentityEvent> events;

    SignIn(UserStore users, PasswordHasher hasher, LockOut lockOut, SignInThrottle throttle,
           TransactionOperations<Connection> transactions, ApplicationEventPublisher<IdentityEvent> events) {
        this.users = users;
        this.hasher = hasher;
        this.lockOut = lockOut;
        this.throttle = throttle;
        this.transactions = transactions;
        this.events = events;
    }

    /** Refuses 400 (too long for BCrypt) or 429 (too many failures) before any password is checked. */
    Outcome attempt(String rawUsername, String rawPassword, String address) {
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase();
        String password = rawPassword == null ? "" : rawPassword;
        PasswordHasher.checkLength("password", password);
        Optional<Duration> wait = throttle.wait(address, username);
        if (wait.isPresent()) {
            throw new TooManyRequestsException("There have been too many attempts to sign in. Try again in "
                    + minutes(wait.get()) + ".", wait.get());
        }
        Optional<UserAccount> found = transactions.executeRead(status -> users.findById(username));
        boolean matches = hasher.matches(password, found.map(UserAccount::passwordHash).orElse(null));
        Outcome outcome = transactions.executeWrite(status -> record(username, found.orElse(null), matches));
        if (outcome instanceof Refused) {
            throttle.failed(address, username);
        }
        return outcome;
    }

    private Outcome record(String username, UserAccount user, boolean matches) {
        Instant now = EngineClock.now();
        if (user == null) {
            events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, "unknown username"));
            return new Refused(WRONG_CREDENTIALS);
        }
        if (!matches) {
            LockOut.Counted counted = lockOut.countFailure(username);
            events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, "wrong password"));
            if (counted.newlyLocked()) {
                events.publishEvent(new IdentityEvent(IdentityEvent.ACCOUNT_LOCKED, username, username,
                        counted.failures() + " failed sign-ins"));
            }
            return new Refused(counted.lockedAt(now) ? lockOut.lockedMessage(counted.lockedUntil()) : WRONG_CREDENTIALS);
        }
        if (user.lockedAt(now)) {
            events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, "account locked"));
            return new Refused(lockOut.lockedMessage(user.lockedUntil()));
        }
        if (!user.enabled()) {
            events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, "account disabled"));
            return new Refused("Your account has been switched off. Ask an administrator if you need it.");
        }
        lockOut.clear(username);
        events.publishEvent(new IdentityEvent(IdentityEvent.SIGNED_IN, username, username, null));
        // Read again inside this transaction: the cookie must carry the version as it is now.
        UserAccount current = users.findById(username).orElseThrow();
        return new Accepted(current, users.findGroups(username), users.hasTemporaryPassword(username));
    }

    private static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
