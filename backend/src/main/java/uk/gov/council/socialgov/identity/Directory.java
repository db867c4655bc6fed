package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What other features may ask about people (those who sign in and the organisation directory): whether someone exists, their name and groups. */
@Singleton
public class Directory {

    /**
     * {@code groups} are empty for someone who has never signed in; {@code councillor} when they are in
     * the councillors' group or, never having signed in, the organisation directory says so.
     */
    public record Person(String username, String displayName, @Nullable String email, List<String> groups, boolean councillor) {
    }

    private final UserStore users;
    private final DirectoryStore directory;

    Directory(UserStore users, DirectoryStore directory) {
        this.users = users;
        this.directory = directory;
    }

    /**
     * The person, if they can sign in or are in the organisation directory and have not left. Someone
     * who signs in is a councillor by their group; someone who never signed in belongs to no group and
     * is a councillor by the directory's word.
     */
    public Optional<Person> find(String username) {
        Optional<UserAccount> signsIn = users.findById(username).filter(UserAccount::enabled);
        if (signsIn.isPresent()) {
            List<String> groups = users.findGroups(username);
            UserAccount user = signsIn.get();
            return Optional.of(new Person(user.username(), user.displayName(), user.email(), groups, groups.contains(Groups.MEMBERS)));
        }
        return directory.find(username).map(Directory::neverSignedIn);
    }

    /** The person's department in the organisation directory, if they are there, have not left and have one. */
    public Optional<String> departmentOf(String username) {
        return directory.find(username).map(DirectoryEntry::department);
    }

    /** The person's line manager as the organisation directory records them, if both are there and neither has left. */
    public Optional<String> lineManagerOf(String username) {
        return directory.find(username).map(DirectoryEntry::lineManager).filter(manager -> directory.find(manager).isPresent());
    }

    /** The head of the department as the organisation directory records them, if there is one who has not left. */
    public Optional<String> headOf(String department) {
        return directory.headOf(department);
    }

    /** Everyone in the organisation directory who has not left, whether or not they ever signed in (with no groups here). */
    public List<Person> inTheDirectory() {
        return directory.present().values().stream().map(Directory::neverSignedIn).toList();
    }

    private static Person neverSignedIn(DirectoryEntry person) {
        return new Person(person.username(), person.displayName(), person.email(), List.of(),
                person.kind() == DirectoryEntry.Kind.COUNCILLOR);
    }

    /** Everyone able to sign in who is in this group, by username (each listed with this group only). */
    public List<Person> membersOf(String group) {
        return users.findEnabledInGroup(group).stream()
                .map(user -> new Person(user.username(), user.displayName(), user.email(), List.of(group), Groups.MEMBERS.equals(group)))
                .toList();
    }

    /**
     * Display names of these people: their sign-in's, else the organisation directory's (someone who never
     * signed in, or has left); anyone unknown keeps their username.
     */
    public Map<String, String> displayNames(Collection<String> usernames) {
        Map<String, String> names = new HashMap<>();
        if (!usernames.isEmpty()) {
            users.findByUsernameIn(Set.copyOf(usernames)).forEach(user -> names.put(user.username(), user.displayName()));
        }
        Set<String> notSigningIn = usernames.stream().filter(username -> !names.containsKey(username)).collect(Collectors.toSet());
        if (!notSigningIn.isEmpty()) {
            names.putAll(directory.displayNames(notSigningIn));
        }
        usernames.forEach(username -> names.putIfAbsent(username, username));
        return names;
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }

    /** Whether the person has a sign-in that is not switched off (someone only in the directory has none). */
    public boolean signsIn(String username) {
        return users.findById(username).filter(UserAccount::enabled).isPresent();
    }
}
