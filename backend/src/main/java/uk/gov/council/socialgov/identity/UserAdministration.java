package uk.gov.council.socialgov.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Administrators add people, change their details and groups, and unlock them; people change their own password. */
@Singleton
class UserAdministration {

    @io.micronaut.serde.annotation.Serdeable
    record UserView(String username, String displayName, String email, boolean enabled, boolean locked, List<String> groups) {
    }

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final ApplicationEventPublisher<IdentityEvent> events;

    UserAdministration(UserRepository users, PasswordHasher hasher, ApplicationEventPublisher<IdentityEvent> events) {
        this.users = users;
        this.hasher = hasher;
        this.events = events;
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
        List<String> groups = checkGroups(user.groups());
        String username = user.username().strip().toLowerCase();
        if (users.existsById(username)) {
            throw new InvalidRequestException("username", "There is already someone with the username " + username);
        }
        users.save(UserAccount.create(username, user.displayName().strip(), user.email(), hasher.hash(user.password())));
        groups.forEach(group -> users.addGroup(username, group));
        events.publishEvent(new IdentityEvent(IdentityEvent.USER_CREATED, admin.username(), username, "groups=" + groups));
        return get(username);
    }

    @Transactional
    UserView change(String username, UserAdminController.UserChange change, CurrentUser admin) {
        UserAccount user = find(username);
        List<String> groups = checkGroups(change.groups());
        if (username.equals(admin.username()) && (!groups.contains(Groups.ADMINS) || !change.enabled())) {
            throw new InvalidRequestException("groups", "You cannot take away your own administrator access");
        }
        users.update(user.withDetails(change.displayName().strip(), change.email(), change.enabled()));
        users.removeGroups(username);
        groups.forEach(group -> users.addGroup(username, group));
        events.publishEvent(new IdentityEvent(IdentityEvent.USER_CHANGED, admin.username(), username,
                "enabled=" + change.enabled() + ", groups=" + groups));
        return get(username);
    }

    @Transactional
    void unlock(String username, CurrentUser admin) {
        users.update(find(username).unlocked());
        events.publishEvent(new IdentityEvent(IdentityEvent.USER_UNLOCKED, admin.username(), username, null));
    }

    @Transactional
    void changeOwnPassword(CurrentUser me, String currentPassword, String newPassword) {
        UserAccount user = find(me.username());
        if (!hasher.matches(currentPassword, user.passwordHash())) {
            throw new InvalidRequestException("currentPassword", "Your current password is not right");
        }
        if (hasher.matches(newPassword, user.passwordHash())) {
            throw new InvalidRequestException("newPassword", "Choose a password you have not used here before");
        }
        users.update(user.withPasswordHash(hasher.hash(newPassword)));
        events.publishEvent(new IdentityEvent(IdentityEvent.PASSWORD_CHANGED, me.username(), me.username(), null));
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
                user.lockedAt(EngineClock.now()), users.findGroups(user.username()));
    }
}
