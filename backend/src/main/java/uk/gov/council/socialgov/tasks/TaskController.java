package uk.gov.council.socialgov.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.gov.council.socialgov.identity.CurrentUser;

import java.util.List;
import java.util.Map;

@Controller("/api/tasks")
@Tag(name = "Tasks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class TaskController {

    @Serdeable
    record TaskList(List<TaskView> items, int page, int size, long total) {
    }

    @Serdeable
    record Completion(@NotNull(message = "Send the form's values") @Size(max = 100, message = "Too many values")
                      Map<String, @Nullable Object> variables) {
    }

    private final TaskActions actions;

    TaskController(TaskActions actions) {
        this.actions = actions;
    }

    @Get
    @Operation(summary = "My tasks and my groups' unclaimed tasks, oldest due first")
    TaskList list(@QueryValue(defaultValue = "0") @Min(value = 0, message = "Page must be 0 or more") int page,
                  @QueryValue(defaultValue = "50") @Min(value = 1, message = "Size must be between 1 and 200")
                  @Max(value = 200, message = "Size must be between 1 and 200") int size,
                  Authentication authentication) {
        var found = actions.myTasks(CurrentUser.of(authentication), page, size);
        return new TaskList(found.items(), page, size, found.total());
    }

    @Get("/{id}")
    @Operation(summary = "One task I may work on")
    TaskView get(@PathVariable String id, Authentication authentication) {
        return actions.get(id, CurrentUser.of(authentication));
    }

    @Post("/{id}/claim")
    @Operation(summary = "Claim a task offered to my group")
    HttpResponse<Void> claim(@PathVariable String id, Authentication authentication) {
        actions.claim(id, CurrentUser.of(authentication));
        return HttpResponse.noContent();
    }

    @Post("/{id}/unclaim")
    @Operation(summary = "Hand a task I claimed back to my group")
    HttpResponse<Void> unclaim(@PathVariable String id, Authentication authentication) {
        actions.unclaim(id, CurrentUser.of(authentication));
        return HttpResponse.noContent();
    }

    @Post("/{id}/complete")
    @Operation(summary = "Complete a task with its form's values, checked against the same form")
    HttpResponse<Void> complete(@PathVariable String id, @Body @Valid Completion completion, Authentication authentication) {
        actions.complete(id, completion.variables(), CurrentUser.of(authentication));
        return HttpResponse.noContent();
    }
}
