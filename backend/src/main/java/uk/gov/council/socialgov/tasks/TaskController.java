package uk.gov.council.socialgov.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.RequestBean;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import uk.gov.council.socialgov.audit.CaseHistory;
import uk.gov.council.socialgov.identity.CurrentUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

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

    @Serdeable
    record HandOver(@NotBlank(message = "Enter the username of the colleague to hand over to") @Size(max = 64) String to) {
    }

    @Serdeable
    record Dates(@Nullable @Size(max = 10) String due, @Nullable @Size(max = 10) String followUp) {
    }

    @Serdeable
    record NewComment(@NotBlank(message = "Enter a comment") @Size(max = 4000, message = "A comment must be 4,000 characters or fewer") String message) {
    }

    @Serdeable
    record Selection(@NotEmpty(message = "Select at least one task") @Size(max = 100, message = "Select 100 tasks or fewer")
                     List<@NotBlank String> taskIds, @Nullable @Size(max = 64) String to) {
    }

    @Serdeable
    record ManyCompletions(@NotEmpty(message = "Select at least one task") @Size(max = 100, message = "Select 100 tasks or fewer")
                           List<@NotBlank String> taskIds, @NotNull(message = "Answer the step's questions") Map<String, Object> variables) {
    }

    @Serdeable
    record Failure(String taskId, String reason) {
    }

    @Serdeable
    record BulkResult(List<String> done, List<Failure> failed) {
    }

    private final TaskQueries queries;
    private final TaskActions actions;
    private final TaskAccess access;
    private final TaskDetails details;

    TaskController(TaskQueries queries, TaskActions actions, TaskAccess access, TaskDetails details) {
        this.queries = queries;
        this.actions = actions;
        this.access = access;
        this.details = details;
    }

    @Get
    @Operation(summary = "Tasks I may see: a view (mine, group, handed-over; both mine and my groups' by default), criteria, sort and page")
    TaskList list(@Valid @RequestBean TaskFilter filter, Authentication authentication) {
        var found = queries.list(CurrentUser.of(authentication), filter);
        return new TaskList(found.items(), filter.pageOrFirst(), filter.sizeOrDefault(), found.total());
    }

    @Get("/counts")
    @Operation(summary = "How many tasks are in each view, without loading them")
    TaskQueries.Counts counts(Authentication authentication) {
        return queries.counts(CurrentUser.of(authentication));
    }

    @Get("/{id}")
    @Operation(summary = "One task I may work on, with its instructions and the policy clauses it serves")
    TaskView get(@PathVariable String id, Authentication authentication) {
        return onTask(id, authentication, user -> actions.get(id, user));
    }

    @Get(value = "/{id}/form", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The task's Camunda Form (form-js schema)")
    JsonNode form(@PathVariable String id, Authentication authentication) {
        return onTask(id, authentication, user -> details.form(id, user));
    }

    @Get("/{id}/diagram")
    @Operation(summary = "The process diagram (BPMN XML) and the steps the case is at")
    TaskDetails.Diagram diagram(@PathVariable String id, Authentication authentication) {
        return onTask(id, authentication, user -> details.diagram(id, user));
    }

    @Get("/{id}/comments")
    @Operation(summary = "Comments on the task, newest first")
    List<TaskDetails.Comment> comments(@PathVariable String id, Authentication authentication) {
        return onTask(id, authentication, user -> details.comments(id, user));
    }

    @Post("/{id}/comments")
    @Operation(summary = "Add a comment")
    HttpResponse<TaskDetails.Comment> comment(@PathVariable String id, @Body @Valid NewComment comment, Authentication authentication) {
        TaskDetails.Comment added = onTask(id, authentication, user -> actions.comment(id, comment.message(), user));
        return HttpResponse.created(added);
    }

    @Get("/{id}/history")
    @Operation(summary = "Who did what to the task's case, and when, oldest first")
    List<CaseHistory.Entry> history(@PathVariable String id, Authentication authentication) {
        return onTask(id, authentication, user -> details.history(id, user));
    }

    @Post("/{id}/claim")
    @Operation(summary = "Claim a task offered to my group")
    HttpResponse<Void> claim(@PathVariable String id, Authentication authentication) {
        return actOnTask(id, authentication, user -> actions.claim(id, user));
    }

    @Post("/{id}/unclaim")
    @Operation(summary = "Hand a task I claimed back to my group")
    HttpResponse<Void> unclaim(@PathVariable String id, Authentication authentication) {
        return actOnTask(id, authentication, user -> actions.unclaim(id, user));
    }

    @Post("/{id}/hand-over")
    @Operation(summary = "Hand a task to a named colleague in one of its groups")
    HttpResponse<Void> handOver(@PathVariable String id, @Body @Valid HandOver handOver, Authentication authentication) {
        return actOnTask(id, authentication, user -> actions.handOver(id, handOver.to(), user));
    }

    @Put("/{id}/dates")
    @Operation(summary = "Set or clear the due and follow-up dates (UK dates; due by 17:00 that day)")
    HttpResponse<Void> dates(@PathVariable String id, @Body @Valid Dates dates, Authentication authentication) {
        return actOnTask(id, authentication, user -> actions.setDates(id, dates.due(), dates.followUp(), user));
    }

    @Post("/{id}/complete")
    @Operation(summary = "Complete a task with its form's values, checked against the same form")
    HttpResponse<Void> complete(@PathVariable String id, @Body @Valid Completion completion, Authentication authentication) {
        return actOnTask(id, authentication, user -> actions.complete(id, completion.variables(), user));
    }

    @Post("/bulk/claim")
    @Operation(summary = "Claim several tasks; each succeeds or fails on its own")
    BulkResult claimAll(@Body @Valid Selection selection, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return each(selection.taskIds(), id -> access.whileThere(id, user, () -> actions.claim(id, user)));
    }

    @Post("/bulk/hand-over")
    @Operation(summary = "Hand several tasks to a named colleague; each succeeds or fails on its own")
    BulkResult handOverAll(@Body @Valid Selection selection, Authentication authentication) {
        if (selection.to() == null || selection.to().isBlank()) {
            throw new uk.gov.council.socialgov.web.InvalidRequestException("to", "Enter the username of the colleague to hand over to");
        }
        CurrentUser user = CurrentUser.of(authentication);
        return each(selection.taskIds(), id -> access.whileThere(id, user, () -> actions.handOver(id, selection.to(), user)));
    }

    @Post("/bulk/complete")
    @Operation(summary = "Give the same answer to several tasks of a step that may be done many at once (such as authorising disposals); each succeeds or fails on its own")
    BulkResult completeAll(@Body @Valid ManyCompletions completions, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return each(completions.taskIds(), id -> access.whileThere(id, user,
                () -> actions.completeOneOfMany(id, completions.variables(), user)));
    }

    /** Works on one task as the signed-in person; a task gone meanwhile is answered as gone ({@link TaskAccess#whileThere}). */
    private <T> T onTask(String id, Authentication authentication, Function<CurrentUser, T> work) {
        CurrentUser user = CurrentUser.of(authentication);
        return access.whileThere(id, user, () -> work.apply(user));
    }

    private HttpResponse<Void> actOnTask(String id, Authentication authentication, Consumer<CurrentUser> action) {
        CurrentUser user = CurrentUser.of(authentication);
        access.whileThere(id, user, () -> action.accept(user));
        return HttpResponse.noContent();
    }

    /** Each task in its own transaction, so one refusal does not undo the others. */
    private static BulkResult each(List<String> taskIds, Consumer<String> action) {
        List<String> done = new ArrayList<>();
        List<Failure> failed = new ArrayList<>();
        for (String taskId : taskIds) {
            try {
                action.accept(taskId);
                done.add(taskId);
            } catch (RuntimeException e) {
                failed.add(new Failure(taskId, reason(e)));
            }
        }
        return new BulkResult(done, failed);
    }

    private static String reason(RuntimeException e) {
        if (e instanceof uk.gov.council.socialgov.web.InvalidRequestException invalid && !invalid.errors().isEmpty()) {
            return invalid.errors().get(0).message();
        }
        boolean ours = e.getClass().getPackageName().startsWith("uk.gov.council.socialgov");
        return ours ? e.getMessage() : "Someone else changed this task at the same time. Try again.";
    }
}
