package uk.gov.council.socialgov.subjectaccess;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.web.Downloads;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.List;

// POST, not GET: the names searched for are personal data and stay out of addresses and logs.
@Controller("/api/subject-access")
@Tag(name = "Subject access requests")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Groups.INFORMATION_MANAGER)
class SubjectAccessController {

    @Serdeable
    record Search(@NotBlank(message = "Enter the username of the person asking") @Size(max = 64, message = "Enter the username of the person asking")
                  @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "Enter the username of the person asking") String username,
                  @Nullable @Size(max = 10, message = "Enter 10 names or fewer")
                  List<@NotBlank(message = "Enter each name as written, or remove the empty one")
                       @Size(min = 3, max = 100, message = "Each name must be between 3 and 100 characters")
                       @Pattern(regexp = "[^\\p{Cntrl}]*", message = "Enter each name as written") String> names) {

        List<String> namesGiven() {
            return names == null ? List.of() : names.stream().map(String::strip).toList();
        }
    }

    @Serdeable
    record Export(@NotBlank(message = "Enter the username of the person asking") @Size(max = 64, message = "Enter the username of the person asking")
                  @Pattern(regexp = "[A-Za-z0-9._@-]*", message = "Enter the username of the person asking") String username,
                  @Nullable @Size(max = 10, message = "Enter 10 names or fewer")
                  List<@NotBlank(message = "Enter each name as written, or remove the empty one")
                       @Size(min = 3, max = 100, message = "Each name must be between 3 and 100 characters")
                       @Pattern(regexp = "[^\\p{Cntrl}]*", message = "Enter each name as written") String> names,
                  @Nullable @Size(max = 500, message = "Choose 500 names or fewer to redact")
                  List<@NotBlank(message = "Choose names to redact from the list of other people found") @Size(max = 64) String> redact) {
    }

    private final SubjectAccess subjectAccess;

    SubjectAccessController(SubjectAccess subjectAccess) {
        this.subjectAccess = subjectAccess;
    }

    @Post("/search")
    @Operation(summary = "Every record held about a person (by username, and their names as written in free text), what each holds "
            + "about them, and other people's names found in it; records the Information Manager may not see are only counted")
    SubjectAccess.Found search(@Body @Valid Search search, Authentication authentication) {
        return subjectAccess.search(search.username().strip(), search.namesGiven(), CurrentUser.of(authentication));
    }

    @Post(value = "/export", produces = "application/zip")
    @Operation(summary = "The subject access export: one JSON file per record, with the chosen names replaced by [redacted], and a PDF summary")
    HttpResponse<byte[]> export(@Body @Valid Export export, Authentication authentication) {
        String username = export.username().strip();
        byte[] zip = subjectAccess.export(username, new Search(username, export.names()).namesGiven(),
                export.redact() == null ? List.of() : export.redact(), CurrentUser.of(authentication));
        return Downloads.attachment(HttpResponse.ok(zip), "application/zip",
                "subject-access-" + username + "-" + EngineClock.today() + ".zip");
    }
}
