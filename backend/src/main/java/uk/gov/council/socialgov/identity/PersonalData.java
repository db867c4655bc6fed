package uk.gov.council.socialgov.identity;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What identity holds about a person for a subject access request (UK GDPR Article 15): their entry in
 * the organisation directory and their sign-in, as labelled values; and everyone's name in the
 * directory, so names of other people in free text can be found for redaction. Read-only.
 */
@Singleton
public class PersonalData {

    private final PersonalDataStore directory;
    private final UserStore users;

    PersonalData(PersonalDataStore directory, UserStore users) {
        this.directory = directory;
        this.users = users;
    }

    /** Whether SocialGov knows this username at all: a sign-in (even switched off) or a directory entry (even a leaver's). */
    public boolean knows(String username) {
        return users.findById(username).isPresent() || directory.entry(username).isPresent();
    }

    /** The person's name in the directory, else on their sign-in. */
    public Optional<String> nameOf(String username) {
        return directory.entry(username).map(PersonalDataStore.Entry::displayName)
                .or(() -> users.findById(username).map(UserAccount::displayName));
    }

    /** The directory entry, label by label, in the order the directory page shows them; empty when there is none. */
    public Map<String, String> directoryEntry(String username) {
        Map<String, String> fields = new LinkedHashMap<>();
        directory.entry(username).ifPresent(entry -> {
            put(fields, "Name", entry.displayName());
            put(fields, "Email", entry.email());
            put(fields, "Councillor or staff", "COUNCILLOR".equals(entry.kind()) ? "Councillor" : "Staff");
            put(fields, "Employee number", entry.employeeNumber());
            put(fields, "Job title", entry.jobTitle());
            put(fields, "Department", entry.department());
            put(fields, "Line manager", entry.lineManager());
            put(fields, "Leaving date", entry.leavingDate() == null ? null : EngineClock.ukDate(entry.leavingDate()));
        });
        return fields;
    }

    /** The sign-in, label by label (never its password hash); empty when there is none. */
    public Map<String, String> signIn(String username) {
        Map<String, String> fields = new LinkedHashMap<>();
        users.findById(username).ifPresent(user -> {
            put(fields, "Username", user.username());
            put(fields, "Name", user.displayName());
            put(fields, "Email", user.email());
            put(fields, "Groups", String.join(", ", users.findGroups(username).stream().map(Groups::label).toList()));
            put(fields, "Can sign in", user.enabled() ? "Yes" : "No, switched off");
            put(fields, "Signs in through", user.oidcIssuer() == null ? "SocialGov's own password" : "the council's sign-in service");
            put(fields, "Created", user.createdAt() == null ? null
                    : EngineClock.ukDate(user.createdAt().atZone(EngineClock.UK).toLocalDate()));
        });
        return fields;
    }

    /** Everyone the directory has ever held, username to name. */
    public Map<String, String> namesInTheDirectory() {
        Map<String, String> names = new LinkedHashMap<>();
        directory.names().forEach(name -> names.put(name.username(), name.displayName()));
        return names;
    }

    private static void put(Map<String, String> fields, String label, Object value) {
        if (value != null && !value.toString().isBlank()) {
            fields.put(label, value.toString());
        }
    }
}
