package uk.gov.council.socialgov.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.util.Map;

/** Checks a username and password against the local accounts; runs off the event loop. */
@Singleton
class LocalAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    static final String DISPLAY_NAME_CLAIM = "name";

    private final SignIn signIn;

    LocalAuthenticationProvider(SignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        SignIn.Outcome outcome = signIn.attempt(credentials.getIdentity(), credentials.getSecret());
        if (outcome instanceof SignIn.Accepted accepted) {
            return AuthenticationResponse.success(accepted.user().username(), accepted.groups(),
                    Map.of(DISPLAY_NAME_CLAIM, accepted.user().displayName()));
        }
        return AuthenticationResponse.failure(((SignIn.Refused) outcome).message());
    }
}
