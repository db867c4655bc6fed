package uk.gov.council.socialgov.tasks;

import io.micronaut.core.annotation.Nullable;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.gov.council.socialgov.identity.CurrentUser;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Controller("/api/task-filters")
@Tag(name = "Tasks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class SavedFilterController {

    @Serdeable
    record NewFilter(@NotBlank(message = "Enter a name for the filter") @Size(max = 100, message = "The name must be 100 characters or fewer") String name,
                     @NotNull(message = "Choose at least one criterion before saving a filter") @Size(max = 20) Map<String, @Nullable String> criteria,
                     @Nullable @Size(max = 64) String sharedWithGroup) {
    }

    private final SavedFilters filters;

    SavedFilterController(SavedFilters filters) {
        this.filters = filters;
    }

    @Get
    @Operation(summary = "My saved task-list filters and those shared with my groups")
    List<SavedFilters.View> list(Authentication authentication) {
        return filters.visible(CurrentUser.of(authentication));
    }

    @Post
    @Operation(summary = "Save the task list's current criteria under a name, for me or shared with one of my groups")
    HttpResponse<SavedFilters.View> save(@Body @Valid NewFilter filter, Authentication authentication) {
        var saved = filters.save(CurrentUser.of(authentication), filter.name(), filter.criteria(), filter.sharedWithGroup());
        return HttpResponse.created(saved, URI.create("/api/task-filters/" + saved.id()));
    }

    @Delete("/{id}")
    @Operation(summary = "Delete a filter I saved")
    HttpResponse<Void> delete(@PathVariable UUID id, Authentication authentication) {
        filters.delete(CurrentUser.of(authentication), id);
        return HttpResponse.noContent();
    }
}
