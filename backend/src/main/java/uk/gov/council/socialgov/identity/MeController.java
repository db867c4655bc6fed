package uk.gov.council.socialgov.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

    @Serdeable
    record PasswordChange(@NotBlank(message = "Enter your current password") String currentPassword,
                          @NotBlank(message = "Enter a new password")
                          @Size(min = 12, max = 128, message = "Your new password must be between 12 and 128 characters") String newPassword) {
    }

    private final UserAdministration administration;

    MeController(UserAdministration administration) {
        this.administration = administration;
    }

    @Post("/password")
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(summary = "Change my own password")
    HttpResponse<Void> changePassword(@Body @Valid PasswordChange change, Authentication authentication) {
        administration.changeOwnPassword(CurrentUser.of(authentication), change.currentPassword(), change.newPassword());
        return HttpResponse.noContent();
    }

    @Get
    @Operation(summary = "The signed-in person, with their groups")
    Me me(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return new Me(user.username(), user.displayName(), user.groupList());
    }
}
