package uk.gov.council.socialgov.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

/** The organisation directory, filled from the council's HR export; administrators run it. */
@Controller("/api/directory")
@Tag(name = "Directory")
@Secured(Groups.ADMINS)
@ExecuteOn(TaskExecutors.BLOCKING)
class DirectoryController {

    @Serdeable
    record Leaving(@NotNull(message = "Enter the leaving date") LocalDate leavingDate) {
    }

    private final DirectoryImports imports;
    private final DirectoryAdministration administration;

    DirectoryController(DirectoryImports imports, DirectoryAdministration administration) {
        this.imports = imports;
        this.administration = administration;
    }

    @Post(value = "/imports", consumes = "text/csv")
    @Operation(summary = "Check the HR export (CSV) and show what it would change: joiners, movers, other changes and leavers; "
            + "nothing changes until it is applied")
    HttpResponse<DirectoryImports.Preview> upload(@Body String csv, Authentication authentication) {
        DirectoryImports.Preview preview = imports.upload(csv, CurrentUser.of(authentication));
        return HttpResponse.created(preview, URI.create("/api/directory/imports/" + preview.id()));
    }

    @Post("/imports/{id}/apply")
    @Operation(summary = "Apply a checked HR export exactly as its preview showed (409 if the directory changed since)")
    DirectoryImports.Changes apply(@PathVariable UUID id, Authentication authentication) {
        return imports.apply(id, CurrentUser.of(authentication));
    }

    @Post("/people/{username}/leaving")
    @Operation(summary = "Record that someone leaves the council on a date: at 9am UK time that day (at once if it has passed) "
            + "their sign-in, groups and access end")
    HttpResponse<Void> leaving(@PathVariable String username, @Body @Valid Leaving leaving, Authentication authentication) {
        administration.leaveOn(username, leaving.leavingDate(), CurrentUser.of(authentication));
        return HttpResponse.noContent();
    }
}
