package uk.gov.council.socialgov.identity;

import io.micronaut.context.BeanProvider;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.AuthenticationRequest;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.authentication.provider.HttpRequestExecutorAuthenticationProvider;
import jakarta.inject.Singleton;

import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.Map;

/** Checks a username and password against the local accounts; runs off the event loop. */
@Singleton
class LocalAuthenticationProvider<B> implements HttpRequestExecutorAuthenticationProvider<B> {

    static final String DISPLAY_NAME_CLAIM = "name";
    /** Present (true) while the person signed in with a password someone else chose ({@link TemporaryPasswordFilter}). */
    static final String TEMPORARY_PASSWORD_CLAIM = "temporaryPassword";

    // Looked up when first used: Micronaut builds this provider while deciding which security beans
    // exist, before the database beans SignIn needs can be built.
    private final BeanProvider<SignIn> signIn;

    LocalAuthenticationProvider(BeanProvider<SignIn> signIn) {
        this.signIn = signIn;
    }

    @Override
    public AuthenticationResponse authenticate(HttpRequest<B> request, AuthenticationRequest<String, String> credentials) {
        SignIn.Outcome outcome = signIn.get().attempt(credentials.getIdentity(), credentials.getSecret(), address(request));
        if (outcome instanceof SignIn.Accepted accepted) {
            Map<String, Object> claims = new HashMap<>(Map.of(DISPLAY_NAME_CLAIM, accepted.user().displayName(),
                    Sessions.VERSION_CLAIM, accepted.user().sessionVersion()));
            if (accepted.temporaryPassword()) {
                claims.put(TEMPORARY_PASSWORD_CLAIM, true);
            }
            return AuthenticationResponse.success(accepted.user().username(), accepted.groups(), claims);
        }
        return AuthenticationResponse.failure(((SignIn.Refused) outcome).message());
    }

    /**
     * The connecting address, never a forwarding header a client can set: behind a reverse proxy every
     * sign-in shares the proxy's address, so raise {@code failures-per-address} there.
     */
    private static String address(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null ? "unknown" : remote.getAddress().getHostAddress();
    }
}
