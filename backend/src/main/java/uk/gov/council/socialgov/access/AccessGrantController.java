package uk.gov.council.socialgov.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.web.IdempotentStarts;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/access-grants")
@Tag(name = "Access to corporate accounts")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AccessGrantController {

    @Serdeable
    record GrantPage(List<AccessGrantView.Summary> items, int page, int size, long total) {
    }

    @Serdeable
    record Removal(@NotBlank(message = "Enter why you are removing the access")
                   @Size(max = 2000, message = "Reason must be 2,000 characters or fewer") String reason) {
    }

    private final AccessGrantService service;

    AccessGrantController(AccessGrantService service) {
        this.service = service;
    }

    @Get("/options")
    @Operation(summary = "What the request form offers: the corporate accounts, who will endorse a request for the grantee "
            + "(their line manager in the organisation directory, or the head of their department), end dates allowed and the statement to sign")
    AccessGrantService.Options options(@Nullable @QueryValue @Size(max = 64, message = "Username must be 64 characters or fewer") String grantee,
                                       Authentication authentication) {
        return service.options(grantee, CurrentUser.of(authentication));
    }

    @Post
    @Operation(summary = "Ask for temporary access to corporate accounts (policy D 2.9), for myself or, as a line manager or comms, for someone else")
    HttpResponse<AccessGrantView.Details> request(@Body @Valid RequestAccess request,
                                                  @Nullable @Header(IdempotentStarts.HEADER) String idempotencyKey,
                                                  Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        AccessGrant grant = service.request(request, user, idempotencyKey);
        return HttpResponse.created(service.get(grant.getId(), user), URI.create("/api/access-grants/" + grant.getId()));
    }

    @Get
    @Operation(summary = "Grants I may see, newest first: every one for the communications team; otherwise those I hold, asked for or endorse")
    GrantPage list(@QueryValue(defaultValue = "0") @Min(value = 0, message = "Page must be 0 or more") @Max(value = 10_000, message = "Page must be 10,000 or less") int page,
                   @QueryValue(defaultValue = "50") @Min(value = 1, message = "Size must be between 1 and 200")
                   @Max(value = 200, message = "Size must be between 1 and 200") int size,
                   Authentication authentication) {
        Page<AccessGrantView.Summary> found = service.list(CurrentUser.of(authentication), page, size);
        return new GrantPage(found.items(), page, size, found.total());
    }

    @Get("/{id}")
    @Operation(summary = "One grant with its statement and signatures")
    AccessGrantView.Details get(@PathVariable UUID id, Authentication authentication) {
        return service.get(id, CurrentUser.of(authentication));
    }

    @Post("/{id}/removal")
    @Secured(Groups.COMMS)
    @Operation(summary = "Remove the access now, with a reason: it ends today on every account and the passwords are changed")
    AccessGrantView.Details remove(@PathVariable UUID id, @Body @Valid Removal removal, Authentication authentication) {
        return service.remove(id, removal.reason().strip(), CurrentUser.of(authentication));
    }
}
