package uk.gov.council.socialgov.identity;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.gov.council.socialgov.web.InvalidRequestException;

import java.util.List;
import java.util.Map;

@Controller("/api/me")
@Tag(name = "Identity")
@Secured(SecurityRule.IS_AUTHENTICATED)
class MeController {

    @Serdeable
    /** {@code mustChangePassword}: signed in with a one-time password, so nothing else works until it is changed. */
    record Me(String username, String displayName, List<String> groups, boolean mustChangePassword) {
    }

    @Serdeable
    record PasswordChange(@NotBlank(message = "Enter your current password")
                          @Size(max = 200, message = "Your current password is not right") String currentPassword,
                          @NotBlank(message = "Enter a new password")
                          @Size(min = 12, max = 72, message = "Your new password must be between 12 and 72 characters") String newPassword) {
    }

    private final UserAdministration administration;
    private final SignInResponses signIns;

    MeController(UserAdministration administration, SignInResponses signIns) {
        this.administration = administration;
        this.signIns = signIns;
    }

    /**
     * A new password ends every session the person has, including copies of this browser's cookie;
     * this browser gets a fresh cookie in the answer, so the person carries on where they are.
     */
    @Post("/password")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Change my own password (signs me out everywhere else)")
    HttpResponse<?> changePassword(@Body @Valid PasswordChange change, Authentication authentication, HttpRequest<?> request) {
        UserAdministration.PasswordChange outcome = administration.changeOwnPassword(CurrentUser.of(authentication),
                change.currentPassword(), change.newPassword());
        if (outcome instanceof UserAdministration.PasswordRefused refused) {
            throw new InvalidRequestException(refused.field(), refused.message()); // after the failure was counted and committed
        }
        UserAccount user = ((UserAdministration.PasswordChanged) outcome).user();
        Authentication renewed = Authentication.build(user.username(), ((UserAdministration.PasswordChanged) outcome).groups(),
                Map.of(LocalAuthenticationProvider.DISPLAY_NAME_CLAIM, user.displayName(), Sessions.VERSION_CLAIM, user.sessionVersion()));
        return signIns.loginSuccess(renewed, request).status(HttpStatus.NO_CONTENT);
    }

    @Get
    @Operation(summary = "The signed-in person, with their groups")
    Me me(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return new Me(user.username(), user.displayName(), user.groupList(),
                Boolean.TRUE.equals(authentication.getAttributes().get(LocalAuthenticationProvider.TEMPORARY_PASSWORD_CLAIM)));
    }
}
