package uk.gov.council.socialgov.identity;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.config.RedirectConfiguration;
import io.micronaut.security.config.RedirectService;
import io.micronaut.security.errors.PriorToLoginPersistence;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.cookie.LoginCookieProvider;
import io.micronaut.security.token.cookie.RefreshTokenCookieConfiguration;
import io.micronaut.security.token.cookie.TokenCookieLoginHandler;
import io.micronaut.security.token.generator.AccessRefreshTokenGenerator;
import io.micronaut.security.token.generator.AccessTokenConfiguration;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.web.Problem;

import java.util.List;

/** A refused sign-in answers problem+json whose detail says why in plain words (e.g. the lock-out and when it ends). */
@Singleton
@Replaces(TokenCookieLoginHandler.class)
class SignInResponses extends TokenCookieLoginHandler {

    @SuppressWarnings("java:S107") // the framework's constructor
    SignInResponses(RedirectService redirectService, RedirectConfiguration redirectConfiguration,
                    AccessTokenCookieConfiguration accessTokenCookieConfiguration,
                    RefreshTokenCookieConfiguration refreshTokenCookieConfiguration,
                    AccessTokenConfiguration accessTokenConfiguration, AccessRefreshTokenGenerator accessRefreshTokenGenerator,
                    @Nullable PriorToLoginPersistence<HttpRequest<?>, MutableHttpResponse<?>> priorToLoginPersistence,
                    List<LoginCookieProvider<HttpRequest<?>>> loginCookieProviders) {
        super(redirectService, redirectConfiguration, accessTokenCookieConfiguration, refreshTokenCookieConfiguration,
                accessTokenConfiguration, accessRefreshTokenGenerator, priorToLoginPersistence, loginCookieProviders);
    }

    /** After the identity provider sends the person back, take them into the app rather than leave a blank page. */
    @Override
    public MutableHttpResponse<?> loginSuccess(Authentication authentication, HttpRequest<?> request) {
        MutableHttpResponse<?> response = super.loginSuccess(authentication, request);
        if (request.getPath().startsWith("/oauth/")) {
            response.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, "/tasks");
        }
        return response;
    }

    @Override
    public MutableHttpResponse<?> loginFailed(AuthenticationResponse failure, HttpRequest<?> request) {
        String detail = failure.getMessage().orElse(SignIn.WRONG_CREDENTIALS);
        return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .contentType(Problem.MEDIA_TYPE)
                .body(new Problem("about:blank", "You need to sign in", 401, detail, List.of()));
    }
}
