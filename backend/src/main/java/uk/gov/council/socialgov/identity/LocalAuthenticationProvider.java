package uk.gov.council.socialgov.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationFailureReason;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.Map;
import java.util.Optional;

/** Checks a username and password against the local accounts; runs off the event loop. */
@Singleton
class LocalAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    static final String DISPLAY_NAME_CLAIM = "name";

    private final UserRepository users;
    private final PasswordHasher hasher;

    LocalAuthenticationProvider(UserRepository users, PasswordHasher hasher) {
        this.users = users;
        this.hasher = hasher;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        String username = credentials.getIdentity() == null ? "" : credentials.getIdentity().trim().toLowerCase();
        Optional<UserAccount> user = users.findById(username);
        boolean passwordMatches = hasher.matches(String.valueOf(credentials.getSecret()),
                user.map(UserAccount::passwordHash).orElse(null));
        if (user.isEmpty() || !passwordMatches) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.CREDENTIALS_DO_NOT_MATCH);
        }
        if (!user.get().enabled()) {
            return AuthenticationResponse.failure(AuthenticationFailureReason.USER_DISABLED);
        }
        return AuthenticationResponse.success(username, users.findGroups(username),
                Map.of(DISPLAY_NAME_CLAIM, user.get().displayName()));
    }
}
