package uk.gov.council.socialgov.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import io.micronaut.security.authentication.WwwAuthenticateChallengeProvider;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * A request refused 401 although it carried a sign-in cookie had a session that has ended (expired,
 * signed out, or ended on the server because the person's rights changed): the answer says so and
 * tells the browser to forget the cookie, so it stops sending it.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class EndedSessions extends DefaultAuthorizationExceptionHandler {

    static final String DETAIL = "You have been signed out. Sign in again to carry on.";

    private final ErrorResponseProcessor<?> processor;
    private final AccessTokenCookieConfiguration cookie;

    EndedSessions(ErrorResponseProcessor<?> processor, RedirectConfiguration redirectConfiguration, RedirectService redirectService,
                  List<WwwAuthenticateChallengeProvider<HttpRequest<?>>> challengeProviders,
                  @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
                  AccessTokenCookieConfiguration cookie) {
        super(processor, redirectConfiguration, redirectService, challengeProviders, priorToLoginPersistence);
        this.processor = processor;
        this.cookie = cookie;
    }

    @Override
    protected MutableHttpResponse<?> httpResponseWithStatus(HttpRequest<?> request, AuthorizationException exception) {
        if (exception.isForbidden() || request.getCookies().findCookie(cookie.getCookieName()).isEmpty()) {
            return super.httpResponseWithStatus(request, exception);
        }
        MutableHttpResponse<?> response = processor.processResponse(ErrorContext.builder(request).cause(exception)
                .errorMessage(DETAIL).build(), HttpResponse.status(HttpStatus.UNAUTHORIZED));
        Cookie cleared = Cookie.of(cookie.getCookieName(), "");
        cleared.configure(cookie, request.isSecure());
        cleared.maxAge(0);
        return response.cookie(cleared);
    }
}
