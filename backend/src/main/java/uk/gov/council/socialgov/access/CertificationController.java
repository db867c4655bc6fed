package uk.gov.council.socialgov.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
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
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.registry.AuthorisedUsers;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.web.IdempotentStarts;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.web.SpreadsheetCells;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Certification of authorised users (P3b): start a campaign, see its accounts and report, record keep-or-remove decisions. */
@Controller("/api/certifications")
@Tag(name = "Certification of authorised users")
@ExecuteOn(TaskExecutors.BLOCKING)
class CertificationController {

    @Serdeable
    record Started(UUID id, String reference) {
    }

    /** Checked person by person in {@link CertificationSteps.Decisions}, so each problem names its row. */
    @Serdeable
    record Choice(@Nullable String username, @Nullable String decision, @Nullable String justification) {
    }

    @Serdeable
    record Choices(@NotEmpty(message = "Decide for at least one person") @Size(max = 200) List<@NotNull @Valid Choice> decisions) {
    }

    @Serdeable
    record AccountList(UUID campaignId, UUID accountId, List<CertificationStore.Decision> people) {
    }

    @Serdeable
    record Person(String username, String userName, @Nullable String decision, @Nullable String justification,
                  @Nullable String decidedBy, @Nullable Instant decidedAt, boolean byDefault, @Nullable Instant appliedAt) {
    }

    @Serdeable
    record AccountToCertify(UUID accountId, String name, String platformLabel, List<Person> people) {
    }

    @Serdeable
    record Report(UUID id, String reference, Instant startedAt, LocalDate dueDate, @Nullable Instant closedAt, List<AccountToCertify> accounts) {
    }

    @Serdeable
    record Campaigns(List<CertificationStore.Campaign> items) {
    }

    private final CertificationStore certifications;
    private final CertificationSteps.Decisions decisions;
    private final AuthorisedUsers authorisedUsers;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Directory directory;
    private final IdempotentStarts starts;

    CertificationController(CertificationStore certifications, CertificationSteps.Decisions decisions, AuthorisedUsers authorisedUsers,
                            RuntimeService runtime, IdentityService identity, Directory directory, IdempotentStarts starts) {
        this.directory = directory;
        this.starts = starts;
        this.certifications = certifications;
        this.decisions = decisions;
        this.authorisedUsers = authorisedUsers;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Post
    @Secured(Groups.COMMS)
    @Operation(summary = "Start a certification of every active account's authorised users now")
    @Transactional
    HttpResponse<Started> start(@Nullable @Header(IdempotentStarts.HEADER) String idempotencyKey, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        Optional<Started> earlier = starts.earlierCase(idempotencyKey, user.username())
                .flatMap(id -> certifications.campaign(UUID.fromString(id)))
                .map(campaign -> new Started(campaign.id(), campaign.reference()));
        Started started = earlier.orElseGet(() -> {
            var instance = Actor.runAs(identity, user.username(), user.groupList(),
                    () -> runtime.startProcessInstanceByMessage("CertificationStarted"));
            UUID id = UUID.fromString((String) runtime.getVariable(instance.getId(), CaseVariables.CASE_ID));
            starts.made(idempotencyKey, user.username(), id.toString());
            return new Started(id, (String) runtime.getVariable(instance.getId(), CaseVariables.CASE_REFERENCE));
        });
        return HttpResponse.created(started, URI.create("/api/certifications/" + started.id()));
    }

    @Get
    @Secured({Groups.COMMS, Groups.AUDITORS})
    @Operation(summary = "Certification campaigns, newest first, with how many people are decided")
    @Transactional
    Campaigns list() {
        return new Campaigns(certifications.campaigns());
    }

    @Get("/{id}")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "A campaign's accounts and decisions: the accounts I certify, or all of them for comms and internal audit")
    @Transactional
    Report report(@PathVariable UUID id, Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        var campaign = certifications.campaign(id).orElseThrow(() -> new NotFoundException("There is no certification " + id));
        List<CertificationStore.Decision> all = certifications.decisions(id);
        Map<String, String> names = directory.displayNames(all.stream().map(CertificationStore.Decision::username).distinct().toList());
        Map<UUID, List<CertificationStore.Decision>> byAccount = new LinkedHashMap<>();
        all.forEach(d -> byAccount.computeIfAbsent(d.accountId(), a -> new ArrayList<>()).add(d));
        boolean seesAll = user.isIn(Groups.COMMS) || user.isIn(Groups.AUDITORS);
        List<AccountToCertify> accounts = new ArrayList<>();
        byAccount.forEach((accountId, people) -> {
            if (!seesAll && !authorisedUsers.ownerOf(accountId).map(user.username()::equals).orElse(false)) {
                return;
            }
            authorisedUsers.account(accountId).ifPresent(account -> accounts.add(new AccountToCertify(accountId, account.name(),
                    account.platformLabel(), people.stream().map(d -> new Person(d.username(), names.get(d.username()), d.decision(),
                    d.justification(), d.decidedBy(), d.decidedAt(), d.byDefault(), d.appliedAt())).toList())));
        });
        if (!seesAll && accounts.isEmpty()) {
            throw new NotFoundException("There is no certification " + id);
        }
        return new Report(campaign.id(), campaign.reference(), campaign.startedAt(), campaign.dueDate(), campaign.closedAt(), accounts);
    }

    @Get(value = "/{id}.csv", produces = "text/csv")
    @Secured({Groups.COMMS, Groups.AUDITORS})
    @Operation(summary = "The campaign report as CSV: every decision, who made it and when")
    @Transactional
    HttpResponse<String> csv(@PathVariable UUID id, Authentication authentication) {
        Report report = report(id, authentication);
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder().setHeader("campaign", "account", "platform", "username", "name",
                "decision", "reason", "decided_by", "decided_at", "by_default", "applied_at").get().print(csv)) {
            for (AccountToCertify account : report.accounts()) {
                for (Person person : account.people()) {
                    printer.printRecord(report.reference(), SpreadsheetCells.cell(account.name()), account.platformLabel(), person.username(),
                            SpreadsheetCells.cell(person.userName()), person.decision(), SpreadsheetCells.cell(person.justification()),
                            person.decidedBy(), person.decidedAt(), person.byDefault(), person.appliedAt());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(csv.toString()).contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"certification-" + report.reference() + ".csv\"");
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
                .map(c -> new CertificationStore.Decision(accountId, c.username(), null, c.decision(), c.justification(), null, null, false, null))
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
