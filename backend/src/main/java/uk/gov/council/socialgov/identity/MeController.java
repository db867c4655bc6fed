package uk.gov.council.socialgov.identity;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import java.util.List;

@Controller("/api/me")
@Tag(name = "Identity")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MeController {

    @Serdeable
    record Me(String username, String displayName, List<String> groups) {
    }

    @Get
    @Operation(summary = "The signed-in person, with their groups")
    Me me(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return new Me(user.username(), user.displayName(), user.groupList());
    }
}
