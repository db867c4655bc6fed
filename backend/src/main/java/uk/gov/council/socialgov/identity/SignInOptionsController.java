package uk.gov.council.socialgov.identity;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Tells the sign-in page whether to offer "Sign in with your council account". */
@Controller("/api/auth/options")
@Tag(name = "Identity")
@Secured(SecurityRule.IS_ANONYMOUS)
class SignInOptionsController {

    static final String COUNCIL_SIGN_IN = "/oauth/login/council";

    @Serdeable
    record SignInOptions(boolean councilSignIn, @io.micronaut.core.annotation.Nullable String councilSignInPath) {
    }

    private final boolean oidcEnabled;

    SignInOptionsController(@Value("${micronaut.security.oauth2.enabled:false}") boolean oidcEnabled) {
        this.oidcEnabled = oidcEnabled;
    }

    @Get
    @Operation(summary = "Which ways of signing in this installation offers")
    SignInOptions options() {
        return new SignInOptions(oidcEnabled, oidcEnabled ? COUNCIL_SIGN_IN : null);
    }
}
