package uk.gov.council.socialgov.accounts;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.cases.CaseStarts;
import uk.gov.council.socialgov.database.Page;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.Groups;
import org.camunda.bpm.engine.IdentityService;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.registry.AccountKind;
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
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Submits account requests and starts their process in the same transaction; answers who may read them. */
@Singleton
class AccountRequestService {


    static final String CASE_TYPE = AccountRequestProcess.CASE.name();

    private final AccountRequestStore requests;
    private final RuntimeService runtime;
    private final Directory directory;
    private final CaseExclusions exclusions;
    private final AccountRequestCases needToKnow;
    private final AuditTrail audit;
    private final CaseStarts starts;
    private final AccountRequestNoteStore notes;
    private final IdentityService identity;
    private final int reviewWorkingDays;
    private final int answerWithinDays;

    @SuppressWarnings("java:S107") // each is a collaborator the request's lifecycle needs
    AccountRequestService(AccountRequestStore requests, AccountRequestNoteStore notes, RuntimeService runtime,
                          IdentityService identity, Directory directory, CaseExclusions exclusions, AccountRequestCases needToKnow, AuditTrail audit,
                          CaseStarts starts,
                          @Value("${socialgov.account-requests.review-working-days:5}") int reviewWorkingDays,
                          @Value("${socialgov.account-requests.answer-within-days:30}") int answerWithinDays) {
        this.notes = notes;
        this.identity = identity;
        this.reviewWorkingDays = reviewWorkingDays;
        this.answerWithinDays = answerWithinDays;
        this.requests = requests;
        this.runtime = runtime;
        this.directory = directory;
        this.exclusions = exclusions;
        this.needToKnow = needToKnow;
        this.audit = audit;
        this.starts = starts;
    }

    /** Starts the request, or returns the one an earlier send with the same Idempotency-Key started. */
    @Transactional
    AccountRequest submit(SubmitAccountRequest form, CurrentUser requester, @Nullable String idempotencyKey) {
        Optional<String> earlier = starts.earlierCase(idempotencyKey, requester);
        if (earlier.isPresent()) {
            return requests.findById(UUID.fromString(earlier.get())).orElseThrow();
        }
        AccountKind kind = AccountKind.valueOf(form.kind());
        Endorsement endorsement = endorsement(requester);
        LocalDate campaignEnd = checkRules(form, kind, endorsement);
        var now = EngineClock.now();
        String reference = AccountRequestProcess.CASE.reference(now, requests.nextNumber());
        String endorser = endorsement.needed() ? endorsement.endorser().username() : null;
        AccountRequest request = requests.save(AccountRequest.submit(reference, form.department().strip(), kind,
                campaignEnd, Platform.valueOf(form.platform()), form.proposedName().strip(), form.businessCase(),
                form.proposedUsers().stream().map(String::strip).map(String::toLowerCase).distinct().toList(),
                requester.username(), endorser, now));
        String title = request.getProposedName() + " on " + request.getPlatform().label();
        request.startedAs(starts.of(AccountRequestProcess.CASE, request.getId().toString(), reference)
                .titled(title)
                .involving(List.of(requester.username()))
                .with(AccountRequestProcess.VAR_REQUESTER, requester.username())
                .with(AccountRequestProcess.VAR_NEEDS_ENDORSEMENT, endorser != null)
                .with(AccountRequestProcess.VAR_ENDORSER, endorser)
                .with(AccountRequestProcess.VAR_ANSWER_WITHIN_DAYS, answerWithinDays)
                .with(AccountRequestProcess.VAR_REVIEW_WORKING_DAYS, reviewWorkingDays)
                .audited("ACCOUNT_REQUEST_SUBMITTED", "An account on " + request.getPlatform().label())
                .start(requester, idempotencyKey));
        return requests.update(request);
    }

    static AuditEvent event(String action, AccountRequest request, String detail) {
        return AuditEvent.onCase(action, CASE_TYPE, request.getId().toString(), request.getReference(), detail);
    }

    /**
     * Whether this person's request waits for their head of department first, and who that is: a service manager's or a
     * head of department's does not; anyone else's goes to the head of their department in the organisation directory
     * ({@code problem} says what HR must fix when the directory gives no department or no head).
     */
    @Serdeable
    record Endorsement(boolean needed, @Nullable String department, @Nullable Person endorser, @Nullable String problem) {
    }

    @Serdeable
    record Person(String username, String displayName) {
    }

    @Transactional
    Endorsement endorsement(CurrentUser requester) {
        Optional<String> department = directory.departmentOf(requester.username());
        Optional<String> head = department.flatMap(directory::headOf);
        if (requester.isIn(Groups.SERVICE_MANAGERS) || head.filter(requester.username()::equals).isPresent()) {
            return new Endorsement(false, department.orElse(null), null, null);
        }
        if (department.isEmpty()) {
            return new Endorsement(true, null, null, "The organisation directory does not give your department, so nobody can "
                    + "endorse your request: ask HR to record your department in the directory");
        }
        if (head.isEmpty()) {
            return new Endorsement(true, department.get(), null, "The organisation directory has no head of " + department.get()
                    + " to endorse your request: ask HR to record the head of your department in the directory");
        }
        String name = directory.find(head.get()).map(Directory.Person::displayName).orElse(head.get());
        return new Endorsement(true, department.get(), new Person(head.get(), name), null);
    }

    private LocalDate checkRules(SubmitAccountRequest form, AccountKind kind, Endorsement endorsement) {
        List<FieldError> errors = new ArrayList<>();
        if (endorsement.problem() != null) {
            errors.add(new FieldError("department", endorsement.problem()));
        } else if (endorsement.needed() && !form.department().strip().equalsIgnoreCase(endorsement.department())) {
            errors.add(new FieldError("department", "Ask for an account for your own department, " + endorsement.department()
                    + ": its head endorses the request"));
        }
        LocalDate campaignEnd = null;
        if (kind == AccountKind.CAMPAIGN) {
            if (form.campaignEndDate() == null || form.campaignEndDate().isBlank()) {
                errors.add(new FieldError("campaignEndDate", "Enter the date the campaign ends"));
            } else {
                try {
                    campaignEnd = LocalDate.parse(form.campaignEndDate());
                    if (!campaignEnd.isAfter(EngineClock.today())) {
                        errors.add(new FieldError("campaignEndDate", "The campaign end date must be in the future"));
                    }
                } catch (DateTimeParseException e) {
                    errors.add(new FieldError("campaignEndDate", "Enter the campaign end date as a real date"));
                }
            }
        }
        for (int i = 0; i < form.proposedUsers().size(); i++) {
            String username = form.proposedUsers().get(i).strip().toLowerCase();
            if (!directory.exists(username)) {
                errors.add(new FieldError("proposedUsers[" + i + "]", "There is no one with the username " + username));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return campaignEnd;
    }

    /**
     * The communications team lists every request, a service manager their department's, anyone else
     * their own; never one they are excluded from. Each listed request's read is audited.
     */
    @Transactional
    Page<AccountRequest> list(CurrentUser user, int page, int size) {
        Page<AccountRequest> found = requests.listedFor(user.username(), user.isIn(Groups.COMMS), needToKnow.departmentManagedBy(user),
                page, size);
        found.items().forEach(request -> audit.record(event("ACCOUNT_REQUEST_LISTED", request, null)));
        return found;
    }

    /**
     * The communications team sees every request; a service manager their department's; anyone else
     * only their own; people excluded from the case see nothing. Others get 404, not 403, so they learn nothing. Every read is audited.
     */
    @Transactional
    AccountRequestView get(UUID id, CurrentUser user) {
        AccountRequest found = readable(id, user);
        audit.record(event("ACCOUNT_REQUEST_VIEWED", found, null));
        return view(found, user);
    }

    private AccountRequestView view(AccountRequest request, CurrentUser user) {
        List<AccountRequestNote> said = notes.findByRequestIdOrderByWrittenAt(request.getId());
        List<String> people = new ArrayList<>(said.stream().map(AccountRequestNote::writtenBy).toList());
        if (request.getEndorser() != null) {
            people.add(request.getEndorser());
        }
        return AccountRequestView.of(request, said, directory.displayNames(people),
                request.getSubmittedBy().equals(user.username()) && AccountRequestStatus.WITHDRAWABLE.contains(request.getStatus()));
    }

    /**
     * The requester withdraws the request: the process's withdrawal path ends every open step and
     * records why, in this transaction.
     */
    @Transactional
    AccountRequestView withdraw(UUID id, String reason, CurrentUser user) {
        AccountRequest request = readable(id, user);
        if (!request.getSubmittedBy().equals(user.username())) {
            throw new ForbiddenException("Only the person who asked for the account can withdraw the request.");
        }
        if (!AccountRequestStatus.WITHDRAWABLE.contains(request.getStatus())) {
            throw new ConflictException("Request " + request.getReference() + " can no longer be withdrawn: it is "
                    + request.getStatus().label().toLowerCase() + ".");
        }
        Actor.runAs(identity, user.username(), user.groupList(), () -> runtime
                .createMessageCorrelation(AccountRequestProcess.MESSAGE_WITHDRAWN)
                .processInstanceId(request.getProcessInstanceId())
                .setVariable(AccountRequestProcess.VAR_WITHDRAWAL_REASON, reason)
                .correlateWithResult());
        return view(requests.findById(id).orElseThrow(), user);
    }

    @Transactional
    void exclude(UUID id, String username, String reason, CurrentUser by) {
        AccountRequest request = readable(id, by);
        exclusions.exclude(CASE_TYPE, id.toString(), username, reason, by);
        audit.record(event("CASE_EXCLUSION_ADDED", request, username));
    }

    private AccountRequest readable(UUID id, CurrentUser user) {
        return needToKnow.readable(id, user).orElseThrow(() -> new NotFoundException("There is no account request " + id));
    }
}
