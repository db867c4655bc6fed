package uk.gov.council.socialgov.tasks;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
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
import uk.gov.council.socialgov.identity.CurrentUser;

import java.net.URI;
import java.util.UUID;

@Controller("/api/me/substitutes")
@Tag(name = "Tasks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SubstitutionController {

    @Serdeable
    record NewCover(@NotBlank(message = "Enter the username of the colleague who will cover") @Size(max = 64) String substitute,
                    @NotBlank(message = "Enter the first day you are away") @Size(max = 10) String from,
                    @NotBlank(message = "Enter the last day you are away") @Size(max = 10) String to) {
    }

    private final Substitutions substitutions;

    SubstitutionController(Substitutions substitutions) {
        this.substitutions = substitutions;
    }

    @Get
    @Operation(summary = "Who covers my tasks while I am away, and whose tasks I cover")
    Substitutions.Overview overview(Authentication authentication) {
        return substitutions.overview(CurrentUser.of(authentication));
    }

    @Post
    @Operation(summary = "Name a colleague to see and work my tasks between two dates (inclusive)")
    HttpResponse<Substitutions.Cover> add(@Body @Valid NewCover cover, Authentication authentication) {
        var saved = substitutions.add(CurrentUser.of(authentication), cover.substitute(), cover.from(), cover.to());
        return HttpResponse.created(saved, URI.create("/api/me/substitutes/" + saved.id()));
    }

    @Delete("/{id}")
    @Operation(summary = "End a cover I set up")
    HttpResponse<Void> remove(@PathVariable UUID id, Authentication authentication) {
        substitutions.remove(CurrentUser.of(authentication), id);
        return HttpResponse.noContent();
    }
}
