package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.FilesToConfirm;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The council's HR export, in two steps: an upload shows what it would change (joiners, movers,
 * other changes, leavers), and confirming applies exactly that. Anyone an earlier export brought who
 * is missing from this one leaves today; a leaving date in the export takes effect at 9am on that day ({@link Leavers}).
 */
@Singleton
class DirectoryImports {

    @Serdeable
    record Joiner(String username, String name, @Nullable String department, @Nullable String jobTitle) {
    }

    @Serdeable
    record Mover(String username, String name, @Nullable String from, @Nullable String to) {
    }

    @Serdeable
    record Changed(String username, String name, List<String> what) {
    }

    @Serdeable
    record Leaver(String username, String name, LocalDate leavingDate, boolean missingFromFile) {
    }

    /** What the file would change; applying it again must give the same, or the directory moved on meanwhile. */
    @Serdeable
    record Changes(int people, List<String> newDepartments, List<Joiner> joiners, List<Mover> movers, List<Changed> changed,
                   List<Leaver> leavers, int unchanged) {
    }

    @Serdeable
    record Preview(UUID id, Changes changes) {
    }

    private final DirectoryStore directory;
    private final Leavers leavers;
    private final FilesToConfirm files;
    private final io.micronaut.context.event.ApplicationEventPublisher<IdentityEvent> events;

    DirectoryImports(DirectoryStore directory, Leavers leavers, FilesToConfirm files,
                     io.micronaut.context.event.ApplicationEventPublisher<IdentityEvent> events) {
        this.directory = directory;
        this.leavers = leavers;
        this.files = files;
        this.events = events;
    }

    /** Checks the file and keeps it, with what it would change, until an administrator confirms it. */
    @Transactional
    Preview upload(String csv, CurrentUser admin) {
        Map<String, DirectoryEntry> present = directory.present();
        DirectoryCsv.Parsed file = stillHere(DirectoryCsv.read(csv, usernamesByEmail(present)));
        Changes changes = changes(file, present, directory.fromExport(), directory.departments());
        return new Preview(files.keep(FilesToConfirm.Kind.DIRECTORY, csv, changes, admin.username()), changes);
    }

    /** Applies the upload as previewed; 409 when it was applied already or the directory changed since. */
    @Transactional
    Changes apply(UUID id, CurrentUser admin) {
        FilesToConfirm.Waiting<Changes> upload = files.waiting(FilesToConfirm.Kind.DIRECTORY, id, Changes.class);
        Map<String, DirectoryEntry> present = directory.present();
        DirectoryCsv.Parsed file = stillHere(DirectoryCsv.read(upload.csv(), usernamesByEmail(present)));
        Changes changes = changes(file, present, directory.fromExport(), directory.departments());
        if (!changes.equals(upload.preview())) {
            throw new ConflictException("The directory has changed since this file was checked: upload it again to see what it would change now");
        }
        Instant now = EngineClock.now();
        new LinkedHashSet<>(file.people().values().stream().map(DirectoryEntry::department).filter(Objects::nonNull).toList())
                .forEach(department -> {
                    directory.saveDepartment(department);
                    directory.setHead(department, file.heads().get(department));
                });
        file.people().values().stream().filter(person -> !person.equals(present.get(person.username())))
                .forEach(person -> directory.save(person, true, now));
        for (Leaver leaver : changes.leavers()) {
            if (leaver.missingFromFile()) {
                directory.setLeavingDate(leaver.username(), leaver.leavingDate(), now);
            }
            leavers.leaveOn(leaver.username(), leaver.leavingDate(), admin.username());
        }
        withdrawnLeavingDates(file, present).forEach(leavers::cancel);
        files.applied(id, admin.username());
        events.publishEvent(new IdentityEvent(IdentityEvent.DIRECTORY_IMPORTED, admin.username(), admin.username(),
                changes.joiners().size() + " joined, " + changes.movers().size() + " moved, " + changes.changed().size()
                        + " changed, " + changes.leavers().size() + " leaving, " + changes.unchanged() + " unchanged"));
        return changes;
    }

    /** The file without the people who have left already and are still listed with their leaving date. */
    private DirectoryCsv.Parsed stillHere(DirectoryCsv.Parsed file) {
        Set<String> left = directory.left();
        Map<String, DirectoryEntry> people = new java.util.LinkedHashMap<>(file.people());
        people.values().removeIf(person -> person.leavingDate() != null && left.contains(person.username()));
        return new DirectoryCsv.Parsed(people, file.heads());
    }

    private static Changes changes(DirectoryCsv.Parsed file, Map<String, DirectoryEntry> present, Set<String> fromExport,
                                   Set<String> knownDepartments) {
        List<Joiner> joiners = new ArrayList<>();
        List<Mover> movers = new ArrayList<>();
        List<Changed> changed = new ArrayList<>();
        List<Leaver> leaving = new ArrayList<>();
        int unchanged = 0;
        for (DirectoryEntry person : file.people().values()) {
            DirectoryEntry before = present.get(person.username());
            if (before == null) {
                joiners.add(new Joiner(person.username(), person.displayName(), person.department(), person.jobTitle()));
            } else if (person.equals(before)) {
                unchanged++;
            } else {
                if (person.movedFrom(before)) {
                    movers.add(new Mover(person.username(), person.displayName(), before.department(), person.department()));
                }
                List<String> what = differences(before, person);
                if (!what.isEmpty()) {
                    changed.add(new Changed(person.username(), person.displayName(), what));
                }
            }
            if (person.leavingDate() != null && (before == null || !person.leavingDate().equals(before.leavingDate()))) {
                leaving.add(new Leaver(person.username(), person.displayName(), person.leavingDate(), false));
            }
        }
        present.values().stream()
                .filter(person -> fromExport.contains(person.username()) && !file.people().containsKey(person.username()))
                .forEach(person -> leaving.add(new Leaver(person.username(), person.displayName(),
                        person.leavingDate() == null ? EngineClock.today() : person.leavingDate(), true)));
        List<String> newDepartments = file.people().values().stream().map(DirectoryEntry::department)
                .filter(department -> department != null && !knownDepartments.contains(department)).distinct().sorted().toList();
        return new Changes(file.people().size(), newDepartments, joiners, movers, changed, leaving, unchanged);
    }

    /** What changed about a person besides their department and a new leaving date, in words. */
    private static List<String> differences(DirectoryEntry before, DirectoryEntry after) {
        List<String> what = new ArrayList<>();
        note(what, "name", before.displayName(), after.displayName());
        note(what, "email", before.email(), after.email());
        note(what, "type", before.kind(), after.kind());
        note(what, "employee number", before.employeeNumber(), after.employeeNumber());
        note(what, "job title", before.jobTitle(), after.jobTitle());
        note(what, "line manager", before.lineManager(), after.lineManager());
        if (before.leavingDate() != null && after.leavingDate() == null) {
            what.add("leaving date withdrawn");
        }
        return what;
    }

    private static void note(List<String> what, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            what.add(field);
        }
    }

    /** People whose leaving date HR has taken out of the export. */
    private static List<String> withdrawnLeavingDates(DirectoryCsv.Parsed file, Map<String, DirectoryEntry> present) {
        return file.people().values().stream()
                .filter(person -> person.leavingDate() == null && present.containsKey(person.username())
                        && present.get(person.username()).leavingDate() != null)
                .map(DirectoryEntry::username).toList();
    }

    private static Map<String, String> usernamesByEmail(Map<String, DirectoryEntry> present) {
        Map<String, String> usernames = new HashMap<>();
        present.values().forEach(person -> usernames.put(person.email().toLowerCase(Locale.ROOT), person.username()));
        return usernames;
    }
}
