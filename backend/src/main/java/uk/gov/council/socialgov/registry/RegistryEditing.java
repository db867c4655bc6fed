package uk.gov.council.socialgov.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.web.SpreadsheetDates;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The communications team keeps the registry true by hand: an account that predates SocialGov, its
 * details, its owner, and who may post from it over which days, each with a reason and each audited.
 * Every change is checked in full first; a refused change writes nothing. The register import
 * ({@link RegisterImports}) makes its changes through the same steps.
 */
@Singleton
class RegistryEditing {

    /** What the form for an account that already exists gives. */
    record ExistingAccount(AccountDetails.Given details, @Nullable String owner, @Nullable String firstRecordedOn) {
    }

    private final AccountRegistryStore registry;
    private final Directory directory;
    private final AuditTrail audit;

    RegistryEditing(AccountRegistryStore registry, Directory directory, AuditTrail audit) {
        this.registry = registry;
        this.directory = directory;
        this.audit = audit;
    }

    @Transactional
    UUID add(ExistingAccount account, CurrentUser user) {
        List<FieldError> problems = new ArrayList<>();
        AccountDetails details = AccountDetails.read(account.details(), problems);
        if (details != null && registry.holds(details.platform(), details.handle())) {
            problems.add(new FieldError("handle", "The registry already has " + details.handle() + " on " + details.platform().label()));
        }
        String owner = AccountDetails.text(account.owner());
        if (owner != null) {
            checkPerson(owner, "owner", problems);
        }
        LocalDate firstRecorded = null;
        if (!AccountDetails.blank(account.firstRecordedOn())) {
            firstRecorded = SpreadsheetDates.date(account.firstRecordedOn());
            if (firstRecorded == null) {
                problems.add(new FieldError("firstRecordedOn", "Enter the date first recorded as a real date"));
            } else if (firstRecorded.isAfter(EngineClock.today())) {
                problems.add(new FieldError("firstRecordedOn", "The date first recorded must be today or in the past"));
            }
        }
        refuseIfAny(problems);
        return insert(details, owner, firstRecorded, "");
    }

    @Transactional
    void edit(UUID id, AccountDetails.Given given, CurrentUser user) {
        AccountRegistry.Row row = account(id);
        List<FieldError> problems = new ArrayList<>();
        AccountDetails details = AccountDetails.read(given, problems);
        if (details != null && registry.holdsOther(details.platform(), details.handle(), id)) {
            problems.add(new FieldError("handle", "The registry already has " + details.handle() + " on " + details.platform().label()));
        }
        refuseIfAny(problems);
        update(row, details, "");
    }

    @Transactional
    void setOwner(UUID id, @Nullable String owner, CurrentUser user) {
        AccountRegistry.Row row = account(id);
        List<FieldError> problems = new ArrayList<>();
        String username = AccountDetails.text(owner);
        if (username == null) {
            problems.add(new FieldError("owner", "Choose the person who answers for the account"));
        } else {
            checkPerson(username, "owner", problems);
        }
        refuseIfAny(problems);
        changeOwner(row, username, "");
    }

    @Transactional
    UUID addAuthorisedUser(UUID id, @Nullable String username, @Nullable String fromDate, @Nullable String toDate, @Nullable String reason,
                           CurrentUser user) {
        AccountRegistry.Row row = account(id);
        List<FieldError> problems = new ArrayList<>();
        String person = AccountDetails.text(username);
        if (person == null) {
            problems.add(new FieldError("username", "Choose the person who may post from the account"));
        } else {
            checkPerson(person, "username", problems);
        }
        LocalDate from = date(fromDate, "fromDate", "the date their access starts", true, problems);
        LocalDate to = date(toDate, "toDate", "the last day of their access", false, problems);
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(new FieldError("toDate", "The last day must be the same as or after the start date"));
        }
        String why = reason(reason, "reason", "Enter why they may post from the account", problems);
        if (!"ACTIVE".equals(row.status())) {
            problems.add(new FieldError("account", "This account is closed, so nobody can be added to it"));
        }
        if (problems.isEmpty() && registry.overlaps(id, person, from, to)) {
            problems.add(new FieldError("fromDate", "They already have access to this account for some of these days"));
        }
        refuseIfAny(problems);
        return openPeriod(row, new AccountRegistryStore.NewPeriod(person, from, to, why), user.username(), "");
    }

    @Transactional
    void endAuthorisedUser(UUID id, UUID periodId, @Nullable String lastDay, @Nullable String reason, CurrentUser user) {
        AccountRegistry.Row row = account(id);
        AccountRegistryStore.PeriodRecord period = registry.period(periodId).filter(p -> p.accountId().equals(id))
                .orElseThrow(() -> new NotFoundException("There is no such authorised user on this account"));
        if (period.grantId() != null) {
            throw new ConflictException("This access was given by a temporary access grant: remove it on the grant's page");
        }
        List<FieldError> problems = new ArrayList<>();
        LocalDate last = date(lastDay, "lastDay", "their last day", true, problems);
        if (last != null && last.isBefore(period.fromDate())) {
            problems.add(new FieldError("lastDay", "Their last day cannot be before their access started"));
        }
        if (last != null && period.toDate() != null && !last.isBefore(period.toDate())) {
            problems.add(new FieldError("lastDay", "Their access already ends on " + period.toDate() + ": give an earlier last day"));
        }
        String why = reason(reason, "reason", "Enter why their access ends", problems);
        refuseIfAny(problems);
        registry.endPeriod(periodId, last, user.username(), EngineClock.now(), why);
        audit.record(AuditEvent.onCase("AUTHORISED_USER_ENDED", InactivityReviews.CASE_KIND, id.toString(), row.reference(),
                period.username() + " may post from " + label(row) + " until " + last));
    }

    // The steps themselves, shared with the register import: each writes and audits one change.

    UUID insert(AccountDetails details, @Nullable String owner, @Nullable LocalDate firstRecorded, String how) {
        UUID id = registry.addExisting(details, owner, firstRecorded, EngineClock.now());
        audit.record(AuditEvent.onCase("ACCOUNT_ADDED", InactivityReviews.CASE_KIND, id.toString(), reference(details.handle()),
                details.name() + " on " + details.platform().label() + ", " + details.kind().toLowerCase(java.util.Locale.ROOT) + ", " + details.department()
                        + (owner == null ? "" : ", owner " + owner) + how));
        return id;
    }

    void update(AccountRegistry.Row row, AccountDetails details, String how) {
        List<String> what = details.differencesFrom(AccountDetails.of(row));
        if (what.isEmpty()) {
            return;
        }
        registry.updateDetails(row.id(), details);
        audit.record(AuditEvent.onCase("ACCOUNT_DETAILS_CHANGED", InactivityReviews.CASE_KIND, row.id().toString(),
                reference(details.handle()), label(row) + ": " + String.join(", ", what) + " changed" + how));
    }

    void changeOwner(AccountRegistry.Row row, String owner, String how) {
        if (owner.equals(row.owner())) {
            return;
        }
        registry.setOwner(row.id(), owner);
        audit.record(AuditEvent.onCase("ACCOUNT_OWNER_CHANGED", InactivityReviews.CASE_KIND, row.id().toString(), row.reference(),
                label(row) + ": owner " + (row.owner() == null ? "none" : row.owner()) + " \u2192 " + owner + how));
    }

    UUID openPeriod(AccountRegistry.Row row, AccountRegistryStore.NewPeriod period, String by, String how) {
        UUID id = registry.addPeriod(row.id(), period, by, EngineClock.now());
        audit.record(AuditEvent.onCase("AUTHORISED_USER_ADDED", InactivityReviews.CASE_KIND, row.id().toString(), row.reference(),
                period.username() + " may post from " + label(row) + " from " + period.fromDate()
                        + (period.toDate() == null ? "" : " until " + period.toDate()) + how));
        return id;
    }

    /** Whether the person is in the directory (or signs in) and has not left; adds a problem under the field if not. */
    boolean checkPerson(String username, String field, List<FieldError> problems) {
        if (directory.find(username).isEmpty()) {
            problems.add(new FieldError(field, username + " is not in the organisation directory, or has left"));
            return false;
        }
        return true;
    }

    AccountRegistry.Row account(UUID id) {
        return registry.find(id, EngineClock.today()).orElseThrow(() -> new NotFoundException("There is no account " + id));
    }

    private static @Nullable LocalDate date(@Nullable String text, String field, String what, boolean required, List<FieldError> problems) {
        if (AccountDetails.blank(text)) {
            if (required) {
                problems.add(new FieldError(field, "Enter " + what));
            }
            return null;
        }
        LocalDate date = SpreadsheetDates.date(text);
        if (date == null) {
            problems.add(new FieldError(field, "Enter " + what + " as a real date"));
        }
        return date;
    }

    private static @Nullable String reason(@Nullable String text, String field, String missing, List<FieldError> problems) {
        String reason = AccountDetails.text(text);
        if (reason == null) {
            problems.add(new FieldError(field, missing));
        } else if (reason.length() > 2000) {
            problems.add(new FieldError(field, "The reason must be 2,000 characters or fewer"));
        }
        return reason;
    }

    private static void refuseIfAny(List<FieldError> problems) {
        if (!problems.isEmpty()) {
            throw new InvalidRequestException(problems);
        }
    }

    static String label(AccountRegistry.Row row) {
        return row.name() + " on " + row.platform().label();
    }

    private static String reference(String handle) {
        return handle.length() <= 40 ? handle : handle.substring(0, 39) + "\u2026";
    }
}
