package uk.gov.council.socialgov.identity;

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
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Requests for a confidential group, and a second administrator's approval or refusal (decision 0016). */
@Controller("/api/admin/group-grants")
@Tag(name = "Identity")
@Secured(Groups.ADMINS)
@ExecuteOn(TaskExecutors.BLOCKING)
class GroupGrantController {

    @Serdeable
    record GrantList(List<GroupGrants.GrantView> items) {
    }

    @Serdeable
    record Refusal(@NotBlank(message = "Enter why you are turning this down")
                   @Size(max = 2000, message = "Reason must be 2,000 characters or fewer") String reason) {
    }

    private final GroupGrants grants;

    GroupGrantController(GroupGrants grants) {
        this.grants = grants;
    }

    @Get
    @Operation(summary = "Requests for a confidential group: waiting for a second administrator, or approved or refused")
    GrantList list(@QueryValue(defaultValue = "pending")
                   @Pattern(regexp = "pending|approved|refused", message = "Status must be pending, approved or refused") String status) {
        return new GrantList(grants.list(status.equals("pending") ? null : status.toUpperCase(Locale.ROOT)));
    }

    @Post("/{id}/approval")
    @Operation(summary = "Approve another administrator's request to give someone a confidential group")
    GroupGrants.GrantView approve(@PathVariable UUID id, Authentication authentication) {
        return grants.approve(id, CurrentUser.of(authentication));
    }

    @Post("/{id}/refusal")
    @Operation(summary = "Turn down a request for a confidential group, with the reason")
    GroupGrants.GrantView refuse(@PathVariable UUID id, @Body @Valid Refusal refusal, Authentication authentication) {
        return grants.refuse(id, refusal.reason().strip(), CurrentUser.of(authentication));
    }
}
