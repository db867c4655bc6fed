package uk.gov.council.socialgov.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.core.annotation.Nullable;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;

/**
 * Double-submit CSRF protection: every response gives the browser a random {@code XSRF-TOKEN}
 * cookie, and every state-changing request must echo it in the {@code X-XSRF-TOKEN} header, which a
 * page on another site cannot read or set. The sign-in cookie is also SameSite=Strict.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class CsrfFilter implements io.micronaut.core.order.Ordered {

    static final String COOKIE = "XSRF-TOKEN";
    static final String HEADER = "X-XSRF-TOKEN";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS, HttpMethod.TRACE);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final WebSecurityProperties properties;

    CsrfFilter(WebSecurityProperties properties) {
        this.properties = properties;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before(); // refuse forged requests before anything else runs
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        String cookie = request.getCookies().findCookie(COOKIE).map(Cookie::getValue).orElse(null);
        String header = request.getHeaders().get(HEADER);
        if (cookie == null || header == null || !MessageDigest.isEqual(
                cookie.getBytes(StandardCharsets.UTF_8), header.getBytes(StandardCharsets.UTF_8))) {
            return HttpResponse.status(HttpStatus.FORBIDDEN)
                    .contentType(Problem.MEDIA_TYPE)
                    .body(new Problem("about:blank", "You cannot do this", 403,
                            "The form had expired or did not come from SocialGov. Reload the page and try again.", List.of()));
        }
        return null;
    }

    @ResponseFilter
    void issueToken(HttpRequest<?> request, MutableHttpResponse<?> response) {
        if (request.getCookies().findCookie(COOKIE).isPresent()) {
            return;
        }
        byte[] token = new byte[32];
        RANDOM.nextBytes(token);
        response.cookie(Cookie.of(COOKIE, Base64.getUrlEncoder().withoutPadding().encodeToString(token))
                .path("/")
                .sameSite(SameSite.Strict)
                .secure(properties.secureCookies())
                .httpOnly(false)); // the page's script must read it to echo it
    }
}
