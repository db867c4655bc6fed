package uk.gov.council.socialgov.investigations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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
import java.util.List;

@Controller("/api/breach-reports")
@Tag(name = "Breach investigations")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class BreachReportController {

    @Serdeable
    record Reports(List<InvestigationView.Report> items) {
    }

    private final Investigations investigations;

    BreachReportController(Investigations investigations) {
        this.investigations = investigations;
    }

    @Get("/options")
    @Operation(summary = "What the report form offers: whom it may be about and the policy checklist (the line manager told is the subject's in the organisation directory)")
    Investigations.Options options() {
        return investigations.options();
    }

    @Post
    @Operation(summary = "Report a suspected breach of the social media policy by an employee (to HR) or a councillor (to the Monitoring Officer)")
    HttpResponse<InvestigationView.Report> report(@Body @Valid ReportBreach report,
                                                  @Nullable @Header(IdempotentStarts.HEADER) String idempotencyKey,
                                                  Authentication authentication) {
        BreachCase found = investigations.report(report, CurrentUser.of(authentication), idempotencyKey);
        return HttpResponse.created(InvestigationView.Report.of(found), URI.create("/api/breach-reports"));
    }

    @Get
    @Operation(summary = "The reports I made, with their status only")
    Reports mine(Authentication authentication) {
        return new Reports(investigations.reportedBy(CurrentUser.of(authentication)));
    }
}
