package uk.gov.council.socialgov.investigations;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.gov.council.socialgov.database.Page;
import uk.gov.council.socialgov.identity.CurrentUser;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@Controller("/api/investigations")
@Tag(name = "Breach investigations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class InvestigationController {

    @Serdeable
    record CasePage(List<InvestigationView.Summary> items, int page, int size, long total) {
    }

    @Serdeable
    record NewNote(@NotBlank(message = "Select what kind of note it is") @Size(max = 20) String kind,
                   @NotBlank(message = "Enter the note") @Size(max = 20000, message = "Note must be 20,000 characters or fewer") String text) {
    }

    @Serdeable
    record Exclusion(@NotBlank(message = "Enter the username of the person to exclude") @Size(max = 64) String username,
                     @NotBlank(message = "Enter why they must not see this case")
                     @Size(max = 2000, message = "Reason must be 2,000 characters or fewer") String reason) {
    }

    private final Investigations investigations;

    InvestigationController(Investigations investigations) {
        this.investigations = investigations;
    }

    @Get
    @Operation(summary = "Cases I deal with, newest first: employee cases for HR, councillor cases for the Monitoring Officer, and any I investigate")
    CasePage list(@QueryValue(defaultValue = "0") @Min(value = 0, message = "Page must be 0 or more") @Max(value = 10_000, message = "Page must be 10,000 or less") int page,
                  @QueryValue(defaultValue = "50") @Min(value = 1, message = "Size must be between 1 and 200")
                  @Max(value = 200, message = "Size must be between 1 and 200") int size,
                  Authentication authentication) {
        Page<BreachCase> found = investigations.list(CurrentUser.of(authentication), page, size);
        return new CasePage(investigations.summaries(found.items()), page, size, found.total());
    }

    @Get("/{id}")
    @Operation(summary = "One case in full, for those who deal with it; every read is logged")
    InvestigationView.Details get(@PathVariable UUID id, Authentication authentication) {
        return investigations.get(id, CurrentUser.of(authentication));
    }

    @Post("/{id}/notes")
    @Operation(summary = "Add a note, an interview record, a remedial action or a letter to an open case")
    HttpResponse<InvestigationView.Note> addNote(@PathVariable UUID id, @Body @Valid NewNote note, Authentication authentication) {
        InvestigationView.Note added = investigations.addNote(id, note.kind().strip(), note.text().strip(), CurrentUser.of(authentication));
        return HttpResponse.created(added, URI.create("/api/investigations/" + id));
    }

    @Post("/{id}/exclusions")
    @Operation(summary = "Keep a named person out of this case and its tasks, even if they are in HR or the Monitoring Officer's team")
    HttpResponse<Void> exclude(@PathVariable UUID id, @Body @Valid Exclusion exclusion, Authentication authentication) {
        investigations.exclude(id, exclusion.username().strip().toLowerCase(Locale.ROOT), exclusion.reason().strip(),
                CurrentUser.of(authentication));
        return HttpResponse.noContent();
    }
}
