package uk.gov.council.socialgov.harassment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.web.IdempotentStarts;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Controller("/api/harassment-reports")
@Tag(name = "Harassment reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class HarassmentController {

    @Serdeable
    record Reports(List<HarassmentView.Summary> items) {
    }

    @Serdeable
    record Reported(UUID id, String reference, HarassmentStatus status, String statusLabel, Instant reportedAt, boolean immediateDanger) {
    }

    private final HarassmentReports reports;

    HarassmentController(HarassmentReports reports) {
        this.reports = reports;
    }

    @Get("/options")
    @Operation(summary = "What the report form offers: the platforms and, for the Monitoring Officer, the councillors they may report for")
    HarassmentReports.Options options(Authentication authentication) {
        return reports.options(CurrentUser.of(authentication));
    }

    @Post
    @Operation(summary = "Report harassment as a councillor (or, as the Monitoring Officer, for one); immediate danger alerts the Monitoring Officer at once")
    HttpResponse<Reported> report(@Body @Valid ReportHarassment report,
                                  @Nullable @Header(IdempotentStarts.HEADER) String idempotencyKey,
                                  Authentication authentication) {
        HarassmentReport made = reports.report(report, CurrentUser.of(authentication), idempotencyKey);
        return HttpResponse.created(new Reported(made.id(), made.reference(), made.status(), made.status().label(), made.reportedAt(),
                made.immediateDanger()), URI.create("/api/harassment-reports/" + made.id()));
    }

    @Get
    @Operation(summary = "A councillor's own reports, or every report for the Monitoring Officer")
    Reports list(Authentication authentication) {
        return new Reports(reports.list(CurrentUser.of(authentication)));
    }

    @Get("/{id}")
    @Operation(summary = "One report in full, for the councillor and the Monitoring Officer only; every read is logged")
    HarassmentView.Details get(@PathVariable UUID id, Authentication authentication) {
        return reports.get(id, CurrentUser.of(authentication));
    }

    @Get("/{id}/platform-report")
    @Operation(summary = "The accounts and links to report or block, for the communications team while that task is open")
    HarassmentView.PlatformReport platformReport(@PathVariable UUID id, Authentication authentication) {
        return reports.platformReport(id, CurrentUser.of(authentication));
    }
}
