package uk.gov.council.socialgov.identity;

import jakarta.inject.Singleton;

import java.util.Optional;

/** What other features may ask about people: whether someone exists, their name and groups. */
@Singleton
public class Directory {

    public record Person(String username, String displayName, java.util.List<String> groups) {
    }

    private final UserRepository users;

    Directory(UserRepository users) {
        this.users = users;
    }

    public Optional<Person> find(String username) {
        return users.findById(username)
                .filter(UserAccount::enabled)
                .map(user -> new Person(user.username(), user.displayName(), users.findGroups(user.username())));
    }

    public boolean exists(String username) {
        return find(username).isPresent();
    }
}
