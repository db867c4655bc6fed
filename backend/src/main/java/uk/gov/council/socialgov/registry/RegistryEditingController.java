package uk.gov.council.socialgov.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Groups;

import java.net.URI;
import java.util.UUID;

/** The communications team runs the registry: accounts that predate SocialGov, owners, authorised users, and the register import. */
@Controller("/api/registry")
@Tag(name = "Account registry")
@Secured(Groups.COMMS)
@ExecuteOn(TaskExecutors.BLOCKING)
class RegistryEditingController {

    /** Dates are 2026-11-27 (or 27/11/2026); blanks are left out. */
    @Serdeable
    record ExistingAccount(@Nullable String platform, @Nullable String handle, @Nullable String name, @Nullable String url,
                           @Nullable String department, @Nullable String kind, @Nullable String campaignEndDate,
                           @Nullable String owner, @Nullable String firstRecordedOn) {
    }

    @Serdeable
    record Details(@Nullable String platform, @Nullable String handle, @Nullable String name, @Nullable String url,
                   @Nullable String department, @Nullable String kind, @Nullable String campaignEndDate) {

        AccountDetails.Given given() {
            return new AccountDetails.Given(platform, handle, name, url, department, kind, campaignEndDate);
        }
    }

    @Serdeable
    record Owner(@Nullable String owner) {
    }

    @Serdeable
    record NewAuthorisedUser(@Nullable String username, @Nullable String fromDate, @Nullable String toDate, @Nullable String reason) {
    }

    @Serdeable
    record Ending(@Nullable String lastDay, @Nullable String reason) {
    }

    private final RegistryEditing editing;
    private final RegistryService registry;
    private final RegisterImports imports;

    RegistryEditingController(RegistryEditing editing, RegistryService registry, RegisterImports imports) {
        this.editing = editing;
        this.registry = registry;
        this.imports = imports;
    }

    @Post("/accounts")
    @Operation(summary = "Add an account the council already runs (one that predates SocialGov), active from now, with its owner if known")
    HttpResponse<RegisteredAccount.Details> add(@Body ExistingAccount account, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        UUID id = editing.add(new RegistryEditing.ExistingAccount(new AccountDetails.Given(account.platform(), account.handle(),
                account.name(), account.url(), account.department(), account.kind(), account.campaignEndDate()), account.owner(),
                account.firstRecordedOn()), user);
        return HttpResponse.created(registry.get(id, user), URI.create("/api/registry/accounts/" + id));
    }

    @Put("/accounts/{id}")
    @Operation(summary = "Change an account's details: platform, handle, name, web address, department, kind and campaign end date")
    RegisteredAccount.Details edit(@PathVariable UUID id, @Body Details details, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        editing.edit(id, details.given(), user);
        return registry.get(id, user);
    }

    @Put("/accounts/{id}/owner")
    @Operation(summary = "Set or change who answers for the account: someone in the organisation directory who has not left")
    RegisteredAccount.Details setOwner(@PathVariable UUID id, @Body Owner owner, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        editing.setOwner(id, owner.owner(), user);
        return registry.get(id, user);
    }

    @Post("/accounts/{id}/authorised-users")
    @Operation(summary = "Record that someone may post from the account from a date, until a last day or for now, with the reason (D 2.3)")
    HttpResponse<RegisteredAccount.Details> addAuthorisedUser(@PathVariable UUID id, @Body NewAuthorisedUser person,
                                                             Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        editing.addAuthorisedUser(id, person.username(), person.fromDate(), person.toDate(), person.reason(), user);
        return HttpResponse.created(registry.get(id, user), URI.create("/api/registry/accounts/" + id));
    }

    @Post("/accounts/{id}/authorised-users/{periodId}/end")
    @Operation(summary = "End someone's access to the account on a last day, with the reason (a grant's access ends on the grant's page)")
    RegisteredAccount.Details endAuthorisedUser(@PathVariable UUID id, @PathVariable UUID periodId, @Body Ending ending,
                                                Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        editing.endAuthorisedUser(id, periodId, ending.lastDay(), ending.reason(), user);
        return registry.get(id, user);
    }

    @Post(value = "/imports", consumes = "text/csv")
    @Operation(summary = "Check the council's existing register (CSV) and show what it would change: new accounts, changed accounts, "
            + "owners and authorised users; nothing changes until it is applied")
    HttpResponse<RegisterImports.Preview> upload(@Body String csv, Authentication authentication) {
        RegisterImports.Preview preview = imports.upload(csv, CurrentUser.of(authentication));
        return HttpResponse.created(preview, URI.create("/api/registry/imports/" + preview.id()));
    }

    @Post("/imports/{id}/apply")
    @Operation(summary = "Apply a checked register exactly as its preview showed (409 if the registry changed since or it was applied already)")
    RegisterImports.Changes apply(@PathVariable UUID id, Authentication authentication) {
        return imports.apply(id, CurrentUser.of(authentication));
    }
}
