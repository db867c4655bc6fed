package uk.gov.council.socialgov.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Administrators add people, change their details and groups, and unlock them; people change their
 * own password. Confidential groups wait for a second administrator ({@link GroupGrants}); any change
 * that takes rights away ends the person's sessions ({@link Sessions}).
 */
@Singleton
class UserAdministration {

    @io.micronaut.serde.annotation.Serdeable
    record UserView(String username, String displayName, String email, boolean enabled, boolean locked, List<String> groups,
                    List<String> pendingGroups) {
    }

    /** What became of a password change: done (with what the new sign-in cookie needs), or refused. */
    sealed interface PasswordChange permits PasswordChanged, PasswordRefused {
    }

    record PasswordChanged(UserAccount user, List<String> groups) implements PasswordChange {
    }

    record PasswordRefused(String field, String message) implements PasswordChange {
    }

    private final UserStore users;
    private final PasswordHasher hasher;
    private final LockOut lockOut;
    private final SignInThrottle throttle;
    private final Sessions sessions;
    private final GroupGrants grants;
    private final ApplicationEventPublisher<IdentityEvent> events;
    private final ApplicationEventPublisher<GroupsRemoved> removals;

    UserAdministration(UserStore users, PasswordHasher hasher, LockOut lockOut, SignInThrottle throttle, Sessions sessions,
                       GroupGrants grants, ApplicationEventPublisher<IdentityEvent> events,
                       ApplicationEventPublisher<GroupsRemoved> removals) {
        this.users = users;
        this.hasher = hasher;
        this.lockOut = lockOut;
        this.throttle = throttle;
        this.sessions = sessions;
        this.grants = grants;
        this.events = events;
        this.removals = removals;
    }

    @Transactional
    List<UserView> list(int page, int size) {
        return users.findPage(page * size, size).stream().map(this::view).toList();
    }

    @Transactional
    long count() {
        return users.count();
    }

    @Transactional
    UserView get(String username) {
        return view(find(username));
    }

    @Transactional
    UserView create(UserAdminController.NewUser user, CurrentUser admin) {
        PasswordHasher.checkLength("password", user.password());
        List<String> groups = checkGroups(user.groups());
        String username = user.username().strip().toLowerCase();
        if (users.existsById(username)) {
            throw new InvalidRequestException("username", "There is already someone with the username " + username);
        }
        List<String> confidential = groups.stream().filter(Groups.CONFIDENTIAL::contains).toList();
        List<String> now = groups.stream().filter(group -> !Groups.CONFIDENTIAL.contains(group)).toList();
        grants.refuseIfExcluded(username, confidential);
        users.save(UserAccount.create(username, user.displayName().strip(), user.email(), hasher.hash(user.password())));
        now.forEach(group -> users.addGroup(username, group));
        events.publishEvent(new IdentityEvent(IdentityEvent.USER_CREATED, admin.username(), username, "groups=" + now));
        confidential.forEach(group -> grants.request(username, group, admin.username()));
        return get(username);
    }

    /**
     * Sets the person's details and groups. Groups taken away go at once (and other features are told);
     * confidential groups added wait for a second administrator; others are added at once.
     */
    @Transactional
    UserView change(String username, UserAdminController.UserChange change, CurrentUser admin) {
        UserAccount user = find(username);
        List<String> wanted = checkGroups(change.groups());
        if (username.equals(admin.username()) && (!wanted.contains(Groups.ADMINS) || !change.enabled())) {
            throw new InvalidRequestException("groups", "You cannot take away your own administrator access");
        }
        List<String> held = users.findGroups(username);
        Set<String> removed = new TreeSet<>(held);
        removed.removeAll(wanted);
        List<String> added = wanted.stream().filter(group -> !held.contains(group)).toList();
        List<String> confidential = added.stream().filter(Groups.CONFIDENTIAL::contains).toList();
        List<String> addedNow = added.stream().filter(group -> !Groups.CONFIDENTIAL.contains(group)).toList();
        grants.refuseIfExcluded(username, confidential);

        users.updateDetails(username, change.displayName().strip(), change.email(), change.enabled());
        removed.forEach(group -> users.removeGroup(username, group));
        addedNow.forEach(group -> users.addGroup(username, group));
        events.publishEvent(new IdentityEvent(IdentityEvent.USER_CHANGED, admin.username(), username,
                "enabled=" + change.enabled() + ", groups=" + users.findGroups(username)));
        confidential.forEach(group -> grants.request(username, group, admin.username()));
        if (!removed.isEmpty()) {
            removals.publishEvent(new GroupsRemoved(username, Set.copyOf(removed), admin.username()));
        }
        if (!removed.isEmpty() || !addedNow.isEmpty() || (user.enabled() && !change.enabled())) {
            sessions.end(username);
        }
        return get(username);
    }

    @Transactional
    void unlock(String username, CurrentUser admin) {
        find(username);
        lockOut.clear(username);
        throttle.forget(username);
        events.publishEvent(new IdentityEvent(IdentityEvent.USER_UNLOCKED, admin.username(), username, null));
    }

    /**
     * A wrong current password counts towards the lock-out like a wrong password at sign-in, and is
     * kept (with its audit row) although the change is refused, so this answers rather than throws.
     * Locking the account this way also ends its sessions: whoever was guessing is signed out.
     */
    @Transactional
    PasswordChange changeOwnPassword(CurrentUser me, String currentPassword, String newPassword) {
        PasswordHasher.checkLength("newPassword", newPassword);
        UserAccount user = find(me.username());
        if (user.lockedAt(EngineClock.now())) {
            return new PasswordRefused("currentPassword", lockOut.lockedMessage(user.lockedUntil()));
        }
        boolean tooLong = currentPassword.getBytes(StandardCharsets.UTF_8).length > PasswordHasher.MAX_BYTES; // never right
        if (tooLong || !hasher.matches(currentPassword, user.passwordHash())) {
            LockOut.Counted counted = lockOut.countFailure(me.username());
            events.publishEvent(new IdentityEvent(IdentityEvent.PASSWORD_CHANGE_FAILED, me.username(), me.username(),
                    "wrong current password"));
            if (counted.newlyLocked()) {
                events.publishEvent(new IdentityEvent(IdentityEvent.ACCOUNT_LOCKED, me.username(), me.username(),
                        counted.failures() + " failed sign-ins, including changing the password; signed out"));
                sessions.end(me.username());
            }
            return new PasswordRefused("currentPassword", counted.lockedAt(EngineClock.now())
                    ? lockOut.lockedMessage(counted.lockedUntil()) : "Your current password is not right");
        }
        if (hasher.matches(newPassword, user.passwordHash())) {
            return new PasswordRefused("newPassword", "Choose a password you have not used here before");
        }
        users.updatePasswordHash(me.username(), hasher.hash(newPassword));
        lockOut.clear(me.username());
        sessions.end(me.username());
        events.publishEvent(new IdentityEvent(IdentityEvent.PASSWORD_CHANGED, me.username(), me.username(), null));
        return new PasswordChanged(find(me.username()), users.findGroups(me.username()));
    }

    private UserAccount find(String username) {
        return users.findById(username).orElseThrow(() -> new NotFoundException("There is no user " + username));
    }

    private static List<String> checkGroups(List<String> requested) {
        List<FieldError> errors = new ArrayList<>();
        for (String group : requested) {
            if (!Groups.ALL.contains(group)) {
                errors.add(new FieldError("groups", "There is no group called " + group));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return List.copyOf(new TreeSet<>(requested));
    }

    private UserView view(UserAccount user) {
        return new UserView(user.username(), user.displayName(), user.email(), user.enabled(),
                user.lockedAt(EngineClock.now()), users.findGroups(user.username()), grants.waitingFor(user.username()));
    }
}
