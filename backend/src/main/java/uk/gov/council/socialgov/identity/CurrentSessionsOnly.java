package uk.gov.council.socialgov.identity;

import com.nimbusds.jwt.JWT;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.RolesFinder;
import io.micronaut.security.token.config.TokenConfiguration;
import io.micronaut.security.token.jwt.validator.DefaultJwtAuthenticationFactory;
import jakarta.inject.Singleton;

import java.util.Optional;

/**
 * A correctly signed, unexpired sign-in cookie is accepted only while its session is current
 * ({@link Sessions}); otherwise the request is anonymous and anything but the public pages is
 * answered 401. Runs where Micronaut validates the cookie, on the request's event loop, like the
 * idempotency filter: a read of one row by primary key, at most once per person every few seconds.
 * (Moving cookie validation to the blocking executor broke the 413 answer to an oversized body
 * sent with {@code Expect: 100-continue}.)
 */
@Singleton
@Replaces(DefaultJwtAuthenticationFactory.class)
class CurrentSessionsOnly extends DefaultJwtAuthenticationFactory {

    private final Sessions sessions;

    CurrentSessionsOnly(TokenConfiguration tokenConfiguration, RolesFinder rolesFinder, Sessions sessions) {
        super(tokenConfiguration, rolesFinder);
        this.sessions = sessions;
    }

    @Override
    public Optional<Authentication> createAuthentication(JWT token) {
        return super.createAuthentication(token)
                .filter(signedIn -> sessions.isCurrent(signedIn.getName(), signedIn.getAttributes().get(Sessions.VERSION_CLAIM)));
    }
}
