package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import uk.gov.council.socialgov.web.Problem;

import java.util.List;
import java.util.Set;

/**
 * Someone who signed in with a password another person chose (the create-admin command's one-time
 * password) may only see who they are, change that password and sign out, until they have changed it.
 */
@ServerFilter("/api/**")
class TemporaryPasswordFilter implements Ordered {

    private static final Set<String> ALLOWED = Set.of("GET /api/me", "POST /api/me/password", "POST /api/auth/logout",
            "GET /api/auth/csrf");

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after(); // the sign-in cookie has been read
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        boolean temporary = request.getUserPrincipal(Authentication.class)
                .map(signedIn -> Boolean.TRUE.equals(signedIn.getAttributes().get(LocalAuthenticationProvider.TEMPORARY_PASSWORD_CLAIM)))
                .orElse(false);
        if (!temporary || ALLOWED.contains(request.getMethod() + " " + request.getPath()) || request.getMethod() == HttpMethod.OPTIONS) {
            return null;
        }
        return HttpResponse.status(HttpStatus.FORBIDDEN)
                .contentType(Problem.MEDIA_TYPE)
                .body(new Problem("about:blank", "Change your password", 403,
                        "You signed in with a one-time password. Change your password before you go on.", List.of()));
    }
}
