package uk.gov.council.socialgov.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.registry.AuthorisedUsers;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.cases.CaseStarts;
import uk.gov.council.socialgov.database.Page;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.ForbiddenException;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Asks for access and starts its process in one transaction; answers who may see a grant; removes access early. */
@Singleton
class AccessGrantService {

    /**
     * What the request form shows: {@code endorser} is who will be asked to endorse a request for the grantee (null, with
     * {@code noEndorser} saying what HR must fix, when the directory names nobody who could).
     */
    @Serdeable
    record Options(List<AuthorisedUsers.Account> accounts, String grantee, @Nullable Endorser endorser, @Nullable String noEndorser,
                   LocalDate defaultEndDate, LocalDate maxEndDate, Statement statement) {
    }

    /** Who endorses: the grantee's line manager ({@code lineManager} true) or, failing that, the head of their department. */
    @Serdeable
    record Endorser(String username, String displayName, boolean lineManager) {
    }

    private final AccessGrantStore grants;
    private final GrantRecordStore records;
    private final AuthorisedUsers authorisedUsers;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Directory directory;
    private final AccessGrantCases needToKnow;
    private final AuditTrail audit;
    private final AccessSettings settings;
    private final AccessGrantSteps steps;
    private final CaseStarts starts;

    @SuppressWarnings("java:S107") // each is a collaborator a grant's lifecycle needs
    AccessGrantService(AccessGrantStore grants, GrantRecordStore records, AuthorisedUsers authorisedUsers, RuntimeService runtime,
                       IdentityService identity, Directory directory, AccessGrantCases needToKnow, AuditTrail audit,
                       AccessSettings settings, AccessGrantSteps steps, CaseStarts starts) {
        this.grants = grants;
        this.records = records;
        this.authorisedUsers = authorisedUsers;
        this.runtime = runtime;
        this.identity = identity;
        this.directory = directory;
        this.needToKnow = needToKnow;
        this.audit = audit;
        this.settings = settings;
        this.steps = steps;
        this.starts = starts;
    }

    /** The form's choices for a request for {@code grantee} (the person asking when blank, or when they may not ask for others). */
    @Transactional
    Options options(@Nullable String grantee, CurrentUser user) {
        String whom = grantee == null || grantee.isBlank() || !mayAskForOthers(user) ? user.username() : grantee.strip().toLowerCase();
        LocalDate today = EngineClock.today();
        Optional<Endorser> endorser = directory.exists(whom) ? endorserFor(whom, user.username()) : Optional.empty();
        return new Options(authorisedUsers.activeCorporateAccounts(), whom, endorser.orElse(null),
                endorser.isPresent() ? null : directory.exists(whom) ? noEndorser(whom, user.username()) : "There is no one with the username " + whom,
                today.plusMonths(settings.defaultMonths()), today.plusMonths(settings.maxMonths()), Statement.forTerms(null));
    }

    private static boolean mayAskForOthers(CurrentUser user) {
        return user.isIn(Groups.COMMS) || user.isIn(Groups.SERVICE_MANAGERS);
    }

    /**
     * The grantee's line manager in the organisation directory; when there is none, or it is whoever asks (who cannot
     * also endorse), the head of the grantee's department; never the grantee or the asker.
     */
    private Optional<Endorser> endorserFor(String grantee, String asker) {
        Optional<String> lineManager = directory.lineManagerOf(grantee).filter(manager -> !manager.equals(asker) && !manager.equals(grantee));
        if (lineManager.isPresent()) {
            return lineManager.map(manager -> new Endorser(manager, nameOf(manager), true));
        }
        return directory.departmentOf(grantee).flatMap(directory::headOf)
                .filter(head -> !head.equals(asker) && !head.equals(grantee))
                .map(head -> new Endorser(head, nameOf(head), false));
    }

    private String nameOf(String username) {
        return directory.find(username).map(Directory.Person::displayName).orElse(username);
    }

    /** What HR must put right in the organisation directory before anyone can endorse a request for the grantee. */
    private String noEndorser(String grantee, String asker) {
        if (grantee.equals(asker)) {
            return "Nobody in the organisation directory can endorse your request: ask HR to record your line manager, "
                    + "or a head of your department, in the directory";
        }
        return "Nobody in the organisation directory other than you can endorse a request for " + nameOf(grantee)
                + ": ask HR to record their line manager, or a head of their department, in the directory";
    }

    /** Starts the request, or returns the grant an earlier send with the same Idempotency-Key started. */
    @Transactional
    AccessGrant request(RequestAccess form, CurrentUser user, @Nullable String idempotencyKey) {
        Optional<String> earlier = starts.earlierCase(idempotencyKey, user);
        if (earlier.isPresent()) {
            return grants.findById(UUID.fromString(earlier.get())).orElseThrow();
        }
        String grantee = form.grantee() == null || form.grantee().isBlank() ? user.username() : form.grantee().strip().toLowerCase();
        if (!grantee.equals(user.username()) && !mayAskForOthers(user)) {
            throw new ForbiddenException("Only a line manager or the communications team can ask for access for someone else.");
        }
        List<UUID> accountIds = List.copyOf(new LinkedHashSet<>(form.accountIds()));
        Optional<Endorser> endorser = directory.exists(grantee) ? endorserFor(grantee, user.username()) : Optional.empty();
        LocalDate requestedEnd = checkRules(grantee, endorser, user.username(), accountIds, form.requestedEndDate());
        String lineManager = endorser.orElseThrow().username();
        var now = EngineClock.now();
        String reference = AccessGrantProcess.CASE.reference(now, grants.nextNumber());
        AccessGrant grant = grants.save(AccessGrant.request(reference, grantee, user.username(), lineManager, form.purpose().strip(),
                form.intendedUse().strip(), requestedEnd, now));
        records.addAccounts(grant.getId(), accountIds);
        grant.startedAs(starts.of(AccessGrantProcess.CASE, grant.getId().toString(), reference)
                .titled("Access for " + directory.displayNames(List.of(grantee)).get(grantee))
                .involving(List.of(grantee, user.username()))
                .with(AccessGrantProcess.VAR_GRANTEE, grantee)
                .with(AccessGrantProcess.VAR_LINE_MANAGER, lineManager)
                .with(AccessGrantProcess.VAR_PROVISIONED, false)
                .audited("ACCESS_REQUESTED", accountIds.size() + " accounts")
                .start(user, idempotencyKey));
        return grants.update(grant);
    }

    private LocalDate checkRules(String grantee, Optional<Endorser> endorser, String asker, List<UUID> accountIds, String requestedEndDate) {
        List<FieldError> errors = new ArrayList<>();
        if (!directory.exists(grantee)) {
            errors.add(new FieldError("grantee", "There is no one with the username " + grantee));
        } else if (!directory.signsIn(grantee)) {
            // They sign the statement of use themselves (D 2.9), so they need a sign-in first.
            errors.add(new FieldError("grantee", nameOf(grantee) + " cannot sign in to SocialGov yet, so could not sign the statement "
                    + "of use: ask an administrator to give them a sign-in first"));
        } else if (endorser.isEmpty()) {
            errors.add(new FieldError("grantee", noEndorser(grantee, asker)));
        }
        Set<UUID> open = records.openGrantAccounts(grantee);
        for (int i = 0; i < accountIds.size(); i++) {
            var account = authorisedUsers.account(accountIds.get(i));
            if (account.isEmpty() || !account.get().activeCorporate()) {
                errors.add(new FieldError("accountIds[" + i + "]", "Select an account from the list"));
            } else if (open.contains(accountIds.get(i))) {
                errors.add(new FieldError("accountIds[" + i + "]", "There is already access or a request for access to "
                        + account.get().name() + " on " + account.get().platformLabel()));
            }
        }
        LocalDate end = null;
        try {
            end = LocalDate.parse(requestedEndDate);
            FieldError problem = steps.endDateProblem("requestedEndDate", end);
            if (problem != null) {
                errors.add(problem);
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("requestedEndDate", "Enter the end date as a real date"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return end;
    }

    /** Each listed grant's read is audited, as opening it is. */
    @Transactional
    Page<AccessGrantView.Summary> list(CurrentUser user, int page, int size) {
        Page<AccessGrant> found = grants.listedFor(user.username(), user.isIn(Groups.COMMS), page, size);
        found.items().forEach(grant -> audit.record(AccessGrantSteps.event("ACCESS_GRANT_LISTED", grant, null)));
        Set<String> people = new HashSet<>();
        found.items().forEach(grant -> people.add(grant.getGrantee()));
        Map<String, String> names = directory.displayNames(people);
        return new Page<>(found.items().stream().map(grant -> new AccessGrantView.Summary(grant.getId(), grant.getReference(),
                grant.getGrantee(), names.get(grant.getGrantee()), accounts(grant), grant.getStatus(), grant.getStatus().label(),
                grant.getRequestedEndDate(), grant.getAgreedEndDate(), grant.getRequestedAt())).toList(), found.total());
    }

    @Transactional
    AccessGrantView.Details get(UUID id, CurrentUser user) {
        AccessGrant grant = readable(id, user);
        audit.record(AccessGrantSteps.event("ACCESS_GRANT_VIEWED", grant, null));
        return details(grant, user);
    }

    /** The communications team removes access at any time (D 2.4); the process's removal path ends it now. */
    @Transactional
    AccessGrantView.Details remove(UUID id, String reason, CurrentUser user) {
        AccessGrant grant = readable(id, user);
        if (AccessGrantStatus.ENDED.contains(grant.getStatus())) {
            throw new ConflictException("Access " + grant.getReference() + " has already ended.");
        }
        Actor.runAs(identity, user.username(), user.groupList(), () -> runtime
                .createMessageCorrelation(AccessGrantProcess.MESSAGE_REMOVED_EARLY)
                .processInstanceId(grant.getProcessInstanceId())
                .setVariable(AccessGrantProcess.VAR_REASON, reason)
                .correlateWithResult());
        return details(grants.findById(id).orElseThrow(), user);
    }

    private AccessGrant readable(UUID id, CurrentUser user) {
        return needToKnow.readable(id, user).orElseThrow(() -> new NotFoundException("There is no access grant " + id));
    }

    private AccessGrantView.Details details(AccessGrant grant, CurrentUser user) {
        List<GrantRecordStore.Signature> signatures = records.signatures(grant.getId());
        Set<String> people = new HashSet<>(List.of(grant.getGrantee(), grant.getRequestedBy(), grant.getLineManager()));
        signatures.forEach(signature -> people.add(signature.signedBy()));
        Map<String, String> names = directory.displayNames(people);
        return new AccessGrantView.Details(grant.getId(), grant.getReference(), grant.getGrantee(), names.get(grant.getGrantee()),
                accounts(grant), grant.getStatus(), grant.getStatus().label(),
                new AccessGrantView.Asked(grant.getRequestedAt(), grant.getRequestedBy(), names.get(grant.getRequestedBy()),
                        grant.getLineManager(), names.get(grant.getLineManager()), grant.getRequestedEndDate(), grant.getPurpose(),
                        grant.getIntendedUse(), grant.getSpecificTerms()),
                new AccessGrantView.Decided(grant.getAgreedEndDate(), grant.getDecisionReason(), grant.getDecidedBy(),
                        grant.getActivatedAt(), grant.getEndedAt(), grant.getEndReason()),
                Statement.forTerms(grant.getSpecificTerms()),
                signatures.stream().map(s -> new AccessGrantView.Signature(s.statementVersion(), s.statementSha256(), s.signedBy(),
                        names.get(s.signedBy()), s.signedAt())).toList(),
                user.isIn(Groups.COMMS) && !AccessGrantStatus.ENDED.contains(grant.getStatus()));
    }

    private List<AuthorisedUsers.Account> accounts(AccessGrant grant) {
        return records.accounts(grant.getId()).stream().map(authorisedUsers::account).flatMap(Optional::stream).toList();
    }
}
