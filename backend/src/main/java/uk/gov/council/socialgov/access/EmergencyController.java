package uk.gov.council.socialgov.access;

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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.web.IdempotentStarts;

import java.net.URI;
import java.util.List;
import java.util.UUID;

@Controller("/api")
@Tag(name = "Emergency procedures")
@ExecuteOn(TaskExecutors.BLOCKING)
class EmergencyController {

    @Serdeable
    record Invocation(@NotBlank(message = "Enter the holding message")
                      @Size(max = 1000, message = "The holding message must be 1,000 characters or fewer") String holdingMessage) {
    }

    @Serdeable
    record History(List<EmergencyService.View> items) {
    }

    private final EmergencyService service;

    EmergencyController(EmergencyService service) {
        this.service = service;
    }

    @Get("/emergency")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Whether an emergency is in force, with its holding message: every page shows it as a banner")
    EmergencyService.Current current() {
        return service.current();
    }

    @Get("/emergencies")
    @Secured({Groups.COMMS, Groups.AUDITORS})
    @Operation(summary = "Every emergency, newest first")
    History history() {
        return new History(service.history());
    }

    @Post("/emergencies")
    @Secured(Groups.COMMS)
    @Operation(summary = "Invoke an emergency (policy D 9): every active temporary access is suspended and account owners post the holding message")
    HttpResponse<EmergencyService.View> invoke(@Body @Valid Invocation invocation,
                                               @Nullable @Header(IdempotentStarts.HEADER) String idempotencyKey,
                                               Authentication authentication) {
        EmergencyService.View invoked = service.invoke(invocation.holdingMessage().strip(), CurrentUser.of(authentication), idempotencyKey);
        return HttpResponse.created(invoked, URI.create("/api/emergencies/" + invoked.id()));
    }

    @Post("/emergencies/{id}/lift")
    @Secured(Groups.COMMS)
    @Operation(summary = "Lift the emergency: suspended access resumes with its dates unchanged and everyone concerned is told")
    EmergencyService.View lift(@PathVariable UUID id, Authentication authentication) {
        return service.lift(id, CurrentUser.of(authentication));
    }
}
