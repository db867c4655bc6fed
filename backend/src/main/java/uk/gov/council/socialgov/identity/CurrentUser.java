package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.security.authentication.Authentication;

import java.util.List;
import java.util.Set;

/** The signed-in person as every feature sees them: username, name and groups from the sign-in token. */
@Introspected
public record CurrentUser(String username, String displayName, Set<String> groups) {

    public static CurrentUser of(Authentication authentication) {
        Object name = authentication.getAttributes().get(LocalAuthenticationProvider.DISPLAY_NAME_CLAIM);
        return new CurrentUser(authentication.getName(), name == null ? authentication.getName() : name.toString(),
                Set.copyOf(authentication.getRoles()));
    }

    public boolean isIn(String group) {
        return groups.contains(group);
    }

    public List<String> groupList() {
        return groups.stream().sorted().toList();
    }
}
