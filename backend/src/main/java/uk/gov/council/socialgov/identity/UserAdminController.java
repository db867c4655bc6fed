package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.net.URI;
import java.util.List;

@Controller("/api/admin/users")
@Tag(name = "Identity")
@Secured(Groups.ADMINS)
@ExecuteOn(TaskExecutors.BLOCKING)
class UserAdminController {

    static final String USERNAME = "[a-z0-9][a-z0-9._-]{1,63}";

    @Serdeable
    record NewUser(
            @NotBlank(message = "Enter a username")
            @Pattern(regexp = USERNAME, message = "Usernames use lower-case letters, numbers, dots, hyphens and underscores") String username,
            @NotBlank(message = "Enter the person's full name") @Size(max = 200, message = "Full name must be 200 characters or fewer") String displayName,
            @Nullable @Email(message = "Enter an email address in the right format, like name@example.gov.uk") @Size(max = 320) String email,
            @NotBlank(message = "Enter a temporary password")
            @Size(min = 12, max = 72, message = "The password must be between 12 and 72 characters") String password,
            @NotNull(message = "Choose the person's groups") @Size(max = 20) List<String> groups) {
    }

    @Serdeable
    record UserChange(
            @NotBlank(message = "Enter the person's full name") @Size(max = 200, message = "Full name must be 200 characters or fewer") String displayName,
            @Nullable @Email(message = "Enter an email address in the right format, like name@example.gov.uk") @Size(max = 320) String email,
            boolean enabled,
            @NotNull(message = "Choose the person's groups") @Size(max = 20) List<String> groups) {
    }

    @Serdeable
    record UserPage(List<UserAdministration.UserView> items, int page, int size, long total) {
    }

    private final UserAdministration administration;

    UserAdminController(UserAdministration administration) {
        this.administration = administration;
    }

    @Get
    @Operation(summary = "Everyone who can sign in, by username")
    UserPage list(@QueryValue(defaultValue = "0") @Min(value = 0, message = "Page must be 0 or more") @Max(value = 10_000, message = "Page must be 10,000 or less") int page,
                  @QueryValue(defaultValue = "50") @Min(value = 1, message = "Size must be between 1 and 200")
                  @Max(value = 200, message = "Size must be between 1 and 200") int size) {
        return new UserPage(administration.list(page, size), page, size, administration.count());
    }

    @Get("/{username}")
    @Operation(summary = "One person's account")
    UserAdministration.UserView get(@PathVariable String username) {
        return administration.get(username);
    }

    @Post
    @Operation(summary = "Add a person with a temporary password and their groups (confidential groups wait for a second administrator)")
    HttpResponse<UserAdministration.UserView> create(@Body @Valid NewUser user, Authentication authentication) {
        var created = administration.create(user, CurrentUser.of(authentication));
        return HttpResponse.created(created, URI.create("/api/admin/users/" + created.username()));
    }

    @Put("/{username}")
    @Operation(summary = "Change a person's name, email, groups, or whether they can sign in (confidential groups wait for a second administrator)")
    UserAdministration.UserView change(@PathVariable String username, @Body @Valid UserChange change, Authentication authentication) {
        return administration.change(username, change, CurrentUser.of(authentication));
    }

    @Post("/{username}/unlock")
    @Operation(summary = "Unlock an account locked after failed sign-ins")
    HttpResponse<Void> unlock(@PathVariable String username, Authentication authentication) {
        administration.unlock(username, CurrentUser.of(authentication));
        return HttpResponse.noContent();
    }
}
