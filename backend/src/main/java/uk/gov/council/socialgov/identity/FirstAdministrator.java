package uk.gov.council.socialgov.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.security.SecureRandom;
import java.util.regex.Pattern;

/**
 * An administrator made from the command line ({@link CreateAdminCommand}), so a council can sign in
 * to a new database, or get back in when every administrator is locked out: a new person, or an
 * existing one re-enabled and unlocked, in the administrators' group, with a one-time password to
 * change at the first sign-in. Their other sessions end.
 */
@Singleton
class FirstAdministrator {

    static final String ACTOR = "create-admin";
    private static final Pattern USERNAME = Pattern.compile(UserAdminController.USERNAME);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** No 0/O, 1/l/I: the password is read off a terminal and typed. */
    private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final UserStore users;
    private final PasswordHasher hasher;
    private final Sessions sessions;
    private final ApplicationEventPublisher<IdentityEvent> events;

    FirstAdministrator(UserStore users, PasswordHasher hasher, Sessions sessions, ApplicationEventPublisher<IdentityEvent> events) {
        this.users = users;
        this.hasher = hasher;
        this.sessions = sessions;
        this.events = events;
    }

    /** The one-time password; {@link IllegalArgumentException} with a plain sentence when the username or email will not do. */
    @Transactional
    String create(String username, String email) {
        if (!USERNAME.matcher(username).matches()) {
            throw new IllegalArgumentException("The username must be 2 to 64 lower-case letters, numbers, dots, hyphens or underscores");
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            throw new IllegalArgumentException("The email address must be like name@example.gov.uk");
        }
        String password = oneTimePassword();
        String hash = hasher.hash(password);
        boolean existed = users.existsById(username);
        if (!existed) {
            users.save(UserAccount.create(username, username, email, hash));
        }
        users.setTemporaryPassword(username, hash);
        if (!users.findGroups(username).contains(Groups.ADMINS)) {
            users.addGroup(username, Groups.ADMINS);
        }
        if (existed) {
            sessions.end(username);
        }
        events.publishEvent(new IdentityEvent(existed ? IdentityEvent.USER_CHANGED : IdentityEvent.USER_CREATED, ACTOR, username,
                "administrator with a one-time password, from the command line"));
        return password;
    }

    private static String oneTimePassword() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            if (i > 0 && i % 5 == 0) {
                password.append('-');
            }
            password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
