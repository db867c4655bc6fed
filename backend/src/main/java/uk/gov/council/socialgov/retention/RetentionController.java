package uk.gov.council.socialgov.retention;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Groups;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api/retention")
@Tag(name = "Retention and disposal of cases")
@ExecuteOn(TaskExecutors.BLOCKING)
class RetentionController {

    @Serdeable
    record Schedule(List<Retention.Entry> items) {
    }

    @Serdeable
    record Disposals(List<Retention.Disposal> items) {
    }

    // Kinds and ids are plain names and UUIDs: a control character would reach PostgreSQL, which refuses it.
    @Serdeable
    record NewHold(@NotBlank(message = "Say which kind of case") @Size(max = 40)
                   @Pattern(regexp = "[a-z][a-z-]*", message = "Say which kind of case") String caseType,
                   @NotBlank(message = "Say which case") @Size(max = 64)
                   @Pattern(regexp = "[A-Za-z0-9-]+", message = "Say which case") String caseId,
                   @NotBlank(message = "Enter why the case must be kept")
                   @Size(max = 2000, message = "Reason must be 2,000 characters or fewer") String reason) {
    }

    @Serdeable
    record Release(@NotBlank(message = "Enter why the hold is no longer needed")
                   @Size(max = 2000, message = "Reason must be 2,000 characters or fewer") String reason) {
    }

    @Serdeable
    record Periods(List<RetentionRules.Period> items) {
    }

    private final Retention retention;
    private final RetentionRules rules;

    RetentionController(Retention retention, RetentionRules rules) {
        this.retention = retention;
        this.rules = rules;
    }

    @Get("/rules")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The retention schedule's rules (processes/retention.dmn): for each kind of case and outcome, how many years it is kept and why")
    Periods rules() {
        return new Periods(rules.periods());
    }

    @Get("/schedule")
    @Secured(Groups.INFORMATION_MANAGER)
    @Operation(summary = "The retention schedule: each closed case's evidence, when it falls due for disposal, and any legal holds; no case content")
    Schedule schedule(Authentication authentication) {
        return new Schedule(retention.schedule(CurrentUser.of(authentication)));
    }

    @Get("/disposals")
    @Secured(Groups.INFORMATION_MANAGER)
    @Operation(summary = "Disposal records: what was destroyed, when, who authorised it, and the hashes of what was held")
    Disposals disposals(Authentication authentication) {
        return new Disposals(retention.disposals(CurrentUser.of(authentication)));
    }

    @Get("/disposals/{caseType}/{caseId}")
    @Secured(Groups.INFORMATION_MANAGER)
    @Operation(summary = "The tombstone of a disposed case: its reference, kind, dates, outcome, who authorised the disposal and the hashes of what was destroyed")
    Retention.Tombstone tombstone(@PathVariable String caseType, @PathVariable String caseId, Authentication authentication) {
        return retention.tombstone(caseType, caseId, CurrentUser.of(authentication));
    }

    @Get("/cases/{caseType}/{caseId}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A case's retention and legal holds, for its own page: when it is due for disposal, its holds, and whether you may place one")
    Retention.OnCase onCase(@PathVariable String caseType, @PathVariable String caseId, Authentication authentication) {
        return retention.forCasePage(caseType, caseId, CurrentUser.of(authentication));
    }

    @Post("/holds")
    @Secured({Groups.HR, Groups.MONITORING_OFFICER, Groups.COMMS, Groups.INFORMATION_MANAGER})
    @Operation(summary = "Place a legal hold on a case of any kind, with a reason: it is not disposed of until every hold is released")
    HttpResponse<Retention.Hold> place(@Body @Valid NewHold hold, Authentication authentication) {
        Retention.Hold placed = retention.place(hold.caseType().strip(), hold.caseId().strip(), hold.reason().strip(),
                CurrentUser.of(authentication));
        return HttpResponse.created(placed, URI.create("/api/retention/holds/" + placed.id()));
    }

    @Post("/holds/{id}/release")
    @Secured({Groups.HR, Groups.MONITORING_OFFICER, Groups.COMMS, Groups.INFORMATION_MANAGER})
    @Operation(summary = "Release a legal hold, with a reason; when none is left, disposal goes ahead once authorised")
    Retention.Hold release(@PathVariable UUID id, @Body @Valid Release release, Authentication authentication) {
        return retention.release(id, release.reason().strip(), CurrentUser.of(authentication));
    }
}
