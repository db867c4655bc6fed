package uk.gov.council.socialgov.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.FilesToConfirm;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The council's existing register, in two steps like the HR export: an upload shows what it would
 * change (new accounts, changed details, owners and authorised users added), and confirming applies
 * exactly that. An account already in the registry (same platform and handle) is updated, never
 * duplicated, so the same file can be imported again and changes nothing. The import only adds: an
 * owner left blank stays as it is, and nobody's access ends because the file leaves them out.
 */
@Singleton
class RegisterImports {

    static final String REASON = "On the council's register when it was imported";

    @Serdeable
    record NewAccount(String platformLabel, String handle, String name, String department, String kind, @Nullable String owner,
                      List<String> authorisedUsers) {
    }

    @Serdeable
    record ChangedAccount(String platformLabel, String handle, String name, List<String> what) {
    }

    @Serdeable
    record NewOwner(String platformLabel, String handle, String name, @Nullable String from, String to) {
    }

    @Serdeable
    record NewAuthorisedUser(String platformLabel, String handle, String name, String username, LocalDate from) {
    }

    /** What the file would change; applying it again must give the same, or the registry moved on meanwhile. */
    @Serdeable
    record Changes(int accounts, List<NewAccount> newAccounts, List<ChangedAccount> changed, List<NewOwner> owners,
                   List<NewAuthorisedUser> authorisedUsers, int unchanged) {
    }

    @Serdeable
    record Preview(UUID id, Changes changes) {
    }

    /** One row of the file and the account it names, if the registry has it. */
    private record Planned(RegisterCsv.Row row, Optional<AccountRegistry.Row> account, List<String> what, boolean newOwner,
                           List<String> newUsers) {
    }

    private final AccountRegistryStore registry;
    private final FilesToConfirm files;
    private final RegistryEditing editing;
    private final Directory directory;
    private final AuditTrail audit;

    RegisterImports(AccountRegistryStore registry, FilesToConfirm files, RegistryEditing editing, Directory directory,
                    AuditTrail audit) {
        this.registry = registry;
        this.files = files;
        this.editing = editing;
        this.directory = directory;
        this.audit = audit;
    }

    /** Checks the file and keeps it, with what it would change, until the communications team confirms it. */
    @Transactional
    Preview upload(String csv, CurrentUser user) {
        Changes changes = changes(plan(csv));
        return new Preview(files.keep(FilesToConfirm.Kind.REGISTER, csv, changes, user.username()), changes);
    }

    /** Applies the upload as previewed; 409 when it was applied already or the registry changed since. */
    @Transactional
    Changes apply(UUID id, CurrentUser user) {
        FilesToConfirm.Waiting<Changes> upload = files.waiting(FilesToConfirm.Kind.REGISTER, id, Changes.class);
        List<Planned> plan;
        try {
            plan = plan(upload.csv());
        } catch (InvalidRequestException e) {
            throw new ConflictException("The registry or the directory has changed since this file was checked: upload it again");
        }
        Changes changes = changes(plan);
        if (!changes.equals(upload.preview())) {
            throw new ConflictException("The registry has changed since this file was checked: upload it again to see what it would change now");
        }
        String how = " (register import)";
        for (Planned planned : plan) {
            RegisterCsv.Row row = planned.row();
            AccountRegistry.Row account;
            if (planned.account().isEmpty()) {
                UUID accountId = editing.insert(row.details(), row.owner(), row.firstRecorded(), how);
                account = registry.find(accountId, EngineClock.today()).orElseThrow();
            } else {
                account = planned.account().get();
                editing.update(account, row.details(), how);
                if (row.firstRecorded() != null && !row.firstRecorded().equals(account.firstRecordedOn())) {
                    registry.setFirstRecorded(account.id(), row.firstRecorded());
                }
                if (planned.newOwner()) {
                    editing.changeOwner(account, row.owner(), how);
                }
            }
            for (String username : planned.newUsers()) {
                editing.openPeriod(account, new AccountRegistryStore.NewPeriod(username, row.authorisedFrom(), null, REASON), user.username(),
                        how);
            }
        }
        files.applied(id, user.username());
        audit.record(AuditEvent.of("REGISTER_IMPORTED", changes.newAccounts().size() + " new, " + changes.changed().size() + " changed, "
                + changes.owners().size() + " owners set, " + changes.authorisedUsers().size() + " authorised users added, "
                + changes.unchanged() + " unchanged"));
        return changes;
    }

    /** Each row of the file against the registry as it is; a problem only the registry shows is reported with its line. */
    private List<Planned> plan(String csv) {
        Map<String, Boolean> known = new HashMap<>();
        List<RegisterCsv.Row> rows = RegisterCsv.read(csv, username -> known.computeIfAbsent(username, name -> directory.exists(name)));
        LocalDate today = EngineClock.today();
        List<FieldError> errors = new ArrayList<>();
        List<Planned> plan = new ArrayList<>();
        for (RegisterCsv.Row row : rows) {
            Optional<AccountRegistry.Row> account = registry.find(row.details().platform(), row.details().handle(), today);
            List<String> problems = new ArrayList<>();
            List<String> what = account.map(a -> row.details().differencesFrom(AccountDetails.of(a))).orElse(List.of());
            if (account.isPresent() && row.firstRecorded() != null && !row.firstRecorded().equals(account.get().firstRecordedOn())) {
                what = new ArrayList<>(what);
                what.add("date first recorded");
            }
            boolean newOwner = account.isPresent() && row.owner() != null && !row.owner().equals(account.get().owner());
            List<String> newUsers = new ArrayList<>();
            for (String username : row.authorisedUsers()) {
                if (account.isEmpty()) {
                    newUsers.add(username);
                } else if (!registry.mayPostFromOrAfter(account.get().id(), username, today)) {
                    if (!"ACTIVE".equals(account.get().status())) {
                        problems.add(RegistryEditing.label(account.get()) + " is closed, so " + username + " cannot be added to it");
                    } else if (registry.overlaps(account.get().id(), username, row.authorisedFrom(), null)) {
                        problems.add(username + " had access to " + row.details().handle() + " after " + row.authorisedFrom()
                                + ": give an authorised from date after their last day");
                    } else {
                        newUsers.add(username);
                    }
                }
            }
            problems.forEach(problem -> errors.add(new FieldError("rows[" + row.line() + "]", "Line " + row.line() + ": " + problem)));
            plan.add(new Planned(row, account, what, newOwner, newUsers));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return plan;
    }

    private static Changes changes(List<Planned> plan) {
        List<NewAccount> added = new ArrayList<>();
        List<ChangedAccount> changed = new ArrayList<>();
        List<NewOwner> owners = new ArrayList<>();
        List<NewAuthorisedUser> users = new ArrayList<>();
        int unchanged = 0;
        for (Planned planned : plan) {
            AccountDetails details = planned.row().details();
            String platform = details.platform().label();
            if (planned.account().isEmpty()) {
                added.add(new NewAccount(platform, details.handle(), details.name(), details.department(), details.kind(),
                        planned.row().owner(), planned.newUsers()));
            } else {
                if (!planned.what().isEmpty()) {
                    changed.add(new ChangedAccount(platform, details.handle(), details.name(), planned.what()));
                }
                if (planned.newOwner()) {
                    owners.add(new NewOwner(platform, details.handle(), details.name(), planned.account().get().owner(),
                            Objects.requireNonNull(planned.row().owner())));
                }
                if (planned.what().isEmpty() && !planned.newOwner() && planned.newUsers().isEmpty()) {
                    unchanged++;
                }
            }
            planned.newUsers().forEach(username -> users.add(new NewAuthorisedUser(platform, details.handle(), details.name(), username,
                    planned.row().authorisedFrom())));
        }
        return new Changes(plan.size(), added, changed, owners, users, unchanged);
    }
}
