package uk.gov.council.socialgov.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
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
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.web.IdempotentStarts;
import uk.gov.council.socialgov.web.InvalidRequestException;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

import static uk.gov.council.socialgov.web.SpreadsheetCells.cell;

@Controller("/api/registry")
@Tag(name = "Account registry")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class RegistryController {

    @Serdeable
    record AccountPage(List<RegisteredAccount> items, int page, int size, long total) {
    }

    @Serdeable
    record AuthorisedUsers(LocalDate date, List<RegisteredAccount.AuthorisedOn> items) {
    }

    private static final String PLATFORMS = "X_TWITTER|FACEBOOK|INSTAGRAM|YOUTUBE|LINKEDIN|WHATSAPP|OTHER";

    private final RegistryService registry;
    private final RegistryDashboard dashboard;
    private final AccountClosures closures;
    private final ActivityImport activityImport;

    RegistryController(RegistryService registry, RegistryDashboard dashboard, AccountClosures closures, ActivityImport activityImport) {
        this.registry = registry;
        this.dashboard = dashboard;
        this.closures = closures;
        this.activityImport = activityImport;
    }

    @Get("/dashboard")
    @Operation(summary = "For comms and internal audit: requests by state, accounts under inactivity review, corporate accounts below the D 5.2 guideline")
    RegistryDashboard.Overview dashboard(Authentication authentication) {
        return dashboard.overview(CurrentUser.of(authentication));
    }

    @Get("/accounts")
    @Operation(summary = "Council social media accounts: every one for comms and internal audit, otherwise those I answer for or may post from")
    AccountPage list(@QueryValue @Nullable @Pattern(regexp = PLATFORMS, message = "Choose a platform from the list") String platform,
                     @QueryValue @Nullable @Pattern(regexp = "CORPORATE|DEPARTMENTAL|CAMPAIGN", message = "Choose a kind from the list") String kind,
                     @QueryValue @Nullable @Pattern(regexp = "ACTIVE|DEACTIVATED", message = "Choose a status from the list") String status,
                     @QueryValue @Nullable @Size(max = 100, message = "Search must be 100 characters or fewer") String q,
                     @QueryValue(defaultValue = "0") @Min(value = 0, message = "Page must be 0 or more") @Max(value = 10_000, message = "Page must be 10,000 or less") int page,
                     @QueryValue(defaultValue = "50") @Min(value = 1, message = "Size must be between 1 and 200")
                     @Max(value = 200, message = "Size must be between 1 and 200") int size,
                     Authentication authentication) {
        RegistryService.Page found = registry.list(platform == null ? null : Platform.valueOf(platform), kind, status, q,
                CurrentUser.of(authentication), page, size);
        return new AccountPage(found.items(), page, size, found.total());
    }

    @Get("/accounts/{id}")
    @Operation(summary = "One account with its follower counts, recent activity and authorised users past and present")
    RegisteredAccount.Details get(@PathVariable UUID id, Authentication authentication) {
        return registry.get(id, CurrentUser.of(authentication));
    }

    @Post("/accounts/{id}/activity")
    @Operation(summary = "Record that the account posted today (policy D 5.2); recording the same day twice changes nothing")
    HttpResponse<Void> recordActivity(@PathVariable UUID id, Authentication authentication) {
        registry.recordActivityToday(id, CurrentUser.of(authentication));
        return HttpResponse.noContent();
    }

    @Serdeable
    record NewCount(@NotNull(message = "Enter the number of followers") @Min(value = 0, message = "The number must be 0 or more")
                    @Max(value = 1_000_000_000, message = "The number must be 1,000,000,000 or less") Integer count,
                    @NotBlank(message = "Enter the date counted") String countedOn) {
    }

    @Post("/accounts/{id}/counts")
    @Operation(summary = "Record the followers (views for YouTube) read on a day; a second count for the same day replaces the first")
    HttpResponse<Void> recordCount(@PathVariable UUID id, @Body @Valid NewCount count, Authentication authentication) {
        LocalDate countedOn;
        try {
            countedOn = LocalDate.parse(count.countedOn().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("countedOn", "Enter the date counted as a real date");
        }
        registry.recordCount(id, count.count(), countedOn, CurrentUser.of(authentication));
        return HttpResponse.noContent();
    }

    @Serdeable
    record Closure(@NotBlank(message = "Enter why you are closing the account")
                   @Size(max = 2000, message = "Reason must be 2,000 characters or fewer") String reason) {
    }

    @Post("/accounts/{id}/closure")
    @Secured(Groups.COMMS)
    @Operation(summary = "Close down an account with a reason (policy D 2.4): its authorised users end today and the team gets a password-change task")
    RegisteredAccount.Details close(@PathVariable UUID id, @Body @Valid Closure closure,
                                    @Nullable @Header(IdempotentStarts.HEADER) String idempotencyKey, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        closures.close(id, closure.reason().strip(), user, idempotencyKey);
        return registry.get(id, user);
    }

    @Post(value = "/activity-import", consumes = "text/csv")
    @Operation(summary = "Record days of activity from a CSV file with the headings platform, handle, date; if any row has a problem, nothing is recorded")
    ActivityImport.Result importActivity(@Body String csv, Authentication authentication) {
        return activityImport.importCsv(csv, CurrentUser.of(authentication));
    }

    @Get("/authorised-users")
    @Operation(summary = "Everyone who could post from each account on a date, past or present (policy D 2.3)")
    AuthorisedUsers authorisedOn(@QueryValue @Nullable String date, Authentication authentication) {
        RegistryService.requireEveryAccount(CurrentUser.of(authentication));
        LocalDate day = date(date);
        return new AuthorisedUsers(day, registry.authorisedOn(day, CurrentUser.of(authentication)));
    }

    @Get(value = "/authorised-users.csv", produces = "text/csv")
    @Operation(summary = "The same list as CSV, for internal audit")
    HttpResponse<String> authorisedOnCsv(@QueryValue @Nullable String date, Authentication authentication) {
        RegistryService.requireEveryAccount(CurrentUser.of(authentication));
        LocalDate day = date(date);
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("date", "platform", "handle", "account", "department",
                "username", "name", "authorised_from", "authorised_until").get().print(csv)) {
            for (RegisteredAccount.AuthorisedOn row : registry.authorisedOn(day, CurrentUser.of(authentication))) {
                printer.printRecord(day, row.platformLabel(), cell(row.handle()), cell(row.name()), cell(row.department()),
                        cell(row.username()), cell(row.userName()), row.fromDate(), row.toDate());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(csv.toString())
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"authorised-users-" + day + ".csv\"");
    }

    private static LocalDate date(@Nullable String date) {
        if (date == null || date.isBlank()) {
            throw new InvalidRequestException("date", "Enter a date");
        }
        try {
            return LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("date", "Enter a real date");
        }
    }
}
