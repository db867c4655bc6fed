package uk.gov.council.socialgov.access;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.accounts.AuthorisedUsers;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** Work in progress (P3b): start a certification, and record an account's keep-or-remove decisions. */
@Controller("/api/certifications")
@Tag(name = "Certification of authorised users")
@ExecuteOn(TaskExecutors.BLOCKING)
class CertificationController {

    @Serdeable
    record Started(UUID id, String reference) {
    }

    @Serdeable
    record Choice(@NotBlank(message = "Name the person") @Size(max = 64) String username,
                  @NotBlank(message = "Choose keep or remove") String decision,
                  @NotBlank(message = "Say why") @Size(max = 2000, message = "Reasons must be 2,000 characters or fewer") String justification) {
    }

    @Serdeable
    record Choices(@NotEmpty(message = "Decide for at least one person") @Size(max = 200) List<@NotNull @Valid Choice> decisions) {
    }

    @Serdeable
    record AccountList(UUID campaignId, UUID accountId, List<Certifications.Decision> people) {
    }

    private final Certifications certifications;
    private final CertificationSteps.Decisions decisions;
    private final AuthorisedUsers authorisedUsers;
    private final RuntimeService runtime;
    private final IdentityService identity;

    CertificationController(Certifications certifications, CertificationSteps.Decisions decisions, AuthorisedUsers authorisedUsers,
                            RuntimeService runtime, IdentityService identity) {
        this.certifications = certifications;
        this.decisions = decisions;
        this.authorisedUsers = authorisedUsers;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Post
    @Secured(Groups.COMMS)
    @Operation(summary = "Start a certification of every active account's authorised users now")
    HttpResponse<Started> start(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        var instance = Actor.runAs(identity, user.username(), user.groupList(),
                () -> runtime.startProcessInstanceByMessage("CertificationStarted"));
        UUID id = UUID.fromString((String) runtime.getVariable(instance.getId(), CaseVariables.CASE_ID));
        String reference = (String) runtime.getVariable(instance.getId(), CaseVariables.CASE_REFERENCE);
        return HttpResponse.created(new Started(id, reference), URI.create("/api/certifications/" + id));
    }

    @Get("/{id}/accounts/{accountId}")
    @Transactional
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The people to certify on one account, with any decisions so far: for its owner and the communications team")
    AccountList account(@PathVariable UUID id, @PathVariable UUID accountId, Authentication authentication) {
        requireCertifier(accountId, CurrentUser.of(authentication));
        return new AccountList(id, accountId, certifications.decisions(id).stream().filter(d -> d.accountId().equals(accountId)).toList());
    }

    @Put("/{id}/accounts/{accountId}/decisions")
    @Transactional
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "Keep or remove each person on one account, with a reason; applied when the campaign closes")
    HttpResponse<Void> decide(@PathVariable UUID id, @PathVariable UUID accountId, @Body @Valid Choices choices, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        requireCertifier(accountId, user);
        decisions.decide(id, accountId, choices.decisions().stream()
                .map(c -> new Certifications.Decision(accountId, c.username(), null, c.decision(), c.justification(), null, null, false, null))
                .toList(), user.username());
        return HttpResponse.noContent();
    }

    /** The account's owner or the communications team; anyone else learns nothing (404). */
    private void requireCertifier(UUID accountId, CurrentUser user) {
        boolean owner = authorisedUsers.ownerOf(accountId).map(user.username()::equals).orElse(false);
        if (!owner && !user.isIn(Groups.COMMS)) {
            throw new NotFoundException("There is no account " + accountId + " to certify");
        }
    }
}
