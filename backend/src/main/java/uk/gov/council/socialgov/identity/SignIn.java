package uk.gov.council.socialgov.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/** Checks a password, counts failures, locks and unlocks accounts; every attempt is published for the audit trail. */
@Singleton
class SignIn {

    sealed interface Outcome permits Accepted, Refused {
    }

    record Accepted(UserAccount user, java.util.List<String> groups) implements Outcome {
    }

    record Refused(String message) implements Outcome {
    }

    static final String WRONG_CREDENTIALS = "Enter a correct username and password";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(EngineClock.UK);

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final SignInProperties properties;
    private final ApplicationEventPublisher<IdentityEvent> events;

    SignIn(UserRepository users, PasswordHasher hasher, SignInProperties properties, ApplicationEventPublisher<IdentityEvent> events) {
        this.users = users;
        this.hasher = hasher;
        this.properties = properties;
        this.events = events;
    }

    @Transactional
    Outcome attempt(String rawUsername, String password) {
        String username = rawUsername == null ? "" : rawUsername.strip().toLowerCase();
        Optional<UserAccount> found = users.findById(username);
        boolean matches = hasher.matches(password == null ? "" : password, found.map(UserAccount::passwordHash).orElse(null));
        Instant now = EngineClock.now();
        if (found.isEmpty()) {
            events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, "unknown username"));
            return new Refused(WRONG_CREDENTIALS);
        }
        UserAccount user = found.get();
        if (user.lockedAt(now)) {
            events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, "account locked"));
            return new Refused(lockedMessage(user));
        }
        if (!matches) {
            UserAccount updated = users.update(user.withFailedSignIn(properties.maxFailures(), now, properties.lockFor()));
            events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, "wrong password"));
            if (updated.lockedAt(now)) {
                events.publishEvent(new IdentityEvent(IdentityEvent.ACCOUNT_LOCKED, username, username,
                        updated.failedSignIns() + " failed sign-ins"));
                return new Refused(lockedMessage(updated));
            }
            return new Refused(WRONG_CREDENTIALS);
        }
        if (!user.enabled()) {
            events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, "account disabled"));
            return new Refused("Your account has been switched off. Ask an administrator if you need it.");
        }
        users.update(user.withSuccessfulSignIn());
        events.publishEvent(new IdentityEvent(IdentityEvent.SIGNED_IN, username, username, null));
        return new Accepted(user, users.findGroups(username));
    }

    private String lockedMessage(UserAccount user) {
        return "Your account is locked after " + properties.maxFailures() + " failed sign-ins. Try again after "
                + TIME.format(user.lockedUntil()) + ", or ask an administrator to unlock it.";
    }
}
