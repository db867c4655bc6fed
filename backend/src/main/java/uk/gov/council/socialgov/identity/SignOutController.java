package uk.gov.council.socialgov.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.handlers.LogoutHandler;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.gov.council.socialgov.web.Problem;

import java.util.List;

/**
 * Signing out ends the session on the server, not just in this browser: a copy of the cookie kept
 * elsewhere stops working too. It ends every session the person has, on every device (decision 0016).
 * Replaces Micronaut's own sign-out endpoint, which only clears the cookie.
 */
@Controller("/api/auth/logout")
@Tag(name = "Identity")
@Secured(SecurityRule.IS_ANONYMOUS)
class SignOutController {

    private final Sessions sessions;
    private final LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> cookies;
    private final ApplicationEventPublisher<IdentityEvent> events;

    SignOutController(Sessions sessions, LogoutHandler<HttpRequest<?>, MutableHttpResponse<?>> cookies,
                      ApplicationEventPublisher<IdentityEvent> events) {
        this.sessions = sessions;
        this.cookies = cookies;
        this.events = events;
    }

    @Post
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Transactional
    @Operation(summary = "Sign out: ends my sessions on every device and clears the sign-in cookie")
    MutableHttpResponse<?> signOut(HttpRequest<?> request, @Nullable Authentication authentication) {
        if (authentication != null) {
            sessions.end(authentication.getName());
            events.publishEvent(new IdentityEvent(IdentityEvent.SIGNED_OUT, authentication.getName(), authentication.getName(), null));
        }
        return cookies.logout(request);
    }

    @Get
    @Operation(summary = "Not allowed: signing out is a POST, so a link on another site cannot sign anyone out")
    HttpResponse<Problem> notAllowed() {
        return HttpResponse.<Problem>status(HttpStatus.METHOD_NOT_ALLOWED).contentType(Problem.MEDIA_TYPE)
                .body(new Problem("about:blank", "This action is not allowed here", 405, "Sign out with the Sign out button.", List.of()));
    }
}
