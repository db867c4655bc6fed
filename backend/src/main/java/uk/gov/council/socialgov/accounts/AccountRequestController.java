package uk.gov.council.socialgov.accounts;

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

@Controller("/api/account-requests")
@Tag(name = "Account requests")
@ExecuteOn(TaskExecutors.BLOCKING)
class AccountRequestController {

    @Serdeable
    record RequestPage(List<AccountRequestView> items, int page, int size, long total) {
    }

    private final AccountRequestService service;

    AccountRequestController(AccountRequestService service) {
        this.service = service;
    }

    @Get("/endorsement")
    @Secured({Groups.STAFF, Groups.SERVICE_MANAGERS})
    @Operation(summary = "Whether my account request goes first to the head of my department to endorse, and who that is "
            + "(from the organisation directory), or what HR must fix in the directory first")
    AccountRequestService.Endorsement endorsement(Authentication authentication) {
        return service.endorsement(CurrentUser.of(authentication));
    }

    @Post
    @Secured({Groups.STAFF, Groups.SERVICE_MANAGERS})
    @Operation(summary = "Request a new departmental or campaign account (policy D 6.1); from anyone but a service manager or "
            + "a head of department it goes first to the head of their department to endorse",
            description = "Send the same Idempotency-Key again after an unanswered or failed send: the answer is the request the first send made, never a second one.")
    HttpResponse<AccountRequestView> submit(@Body @Valid SubmitAccountRequest request,
                                            @Nullable @Header(IdempotentStarts.HEADER) String idempotencyKey,
                                            Authentication authentication) {
        AccountRequest saved = service.submit(request, CurrentUser.of(authentication), idempotencyKey);
        return HttpResponse.created(AccountRequestView.of(saved), URI.create("/api/account-requests/" + saved.getId()));
    }

    @Get
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Account requests I may see, newest first: all of them for the communications team, my own otherwise")
    RequestPage list(@QueryValue(defaultValue = "0") @Min(value = 0, message = "Page must be 0 or more") @Max(value = 10_000, message = "Page must be 10,000 or less") int page,
                     @QueryValue(defaultValue = "50") @Min(value = 1, message = "Size must be between 1 and 200")
                     @Max(value = 200, message = "Size must be between 1 and 200") int size,
                     Authentication authentication) {
        Page<AccountRequest> found = service.list(CurrentUser.of(authentication), page, size);
        return new RequestPage(found.items().stream().map(AccountRequestView::of).toList(), page, size, found.total());
    }

    @Serdeable
    record Exclusion(@NotBlank(message = "Enter the username of the person to exclude") @Size(max = 64) String username,
                     @NotBlank(message = "Enter why they must not see this case") @Size(max = 2000, message = "Reason must be 2,000 characters or fewer") String reason) {
    }

    @Post("/{id}/exclusions")
    @Secured(Groups.COMMS)
    @Operation(summary = "Keep a named person out of this request and its tasks")
    HttpResponse<Void> exclude(@PathVariable UUID id, @Body @Valid Exclusion exclusion, Authentication authentication) {
        service.exclude(id, exclusion.username().strip().toLowerCase(), exclusion.reason().strip(), CurrentUser.of(authentication));
        return HttpResponse.noContent();
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "One account request, with what the communications team and the department have said about it")
    AccountRequestView get(@PathVariable UUID id, Authentication authentication) {
        return service.get(id, CurrentUser.of(authentication));
    }

    @Serdeable
    record Withdrawal(@NotBlank(message = "Enter why you are withdrawing the request")
                      @Size(max = 2000, message = "Reason must be 2,000 characters or fewer") String reason) {
    }

    @Post("/{id}/withdrawal")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Withdraw my request before the account is active; every open step on it ends")
    AccountRequestView withdraw(@PathVariable UUID id, @Body @Valid Withdrawal withdrawal, Authentication authentication) {
        return service.withdraw(id, withdrawal.reason().strip(), CurrentUser.of(authentication));
    }
}
