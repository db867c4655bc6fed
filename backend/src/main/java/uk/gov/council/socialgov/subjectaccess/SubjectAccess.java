package uk.gov.council.socialgov.subjectaccess;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.cases.CaseContents;
import uk.gov.council.socialgov.cases.PersonalRecords;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.PersonalData;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One subject access request: every record any feature holds about the person (by their username,
 * or their name as written in free text), less those the Information Manager is kept out of or
 * involved in, which are only counted; the names of other people in the directory found in what is
 * shown, to redact; and the export. Both the search and the export are audited with identifiers and
 * counts only, never the names searched for.
 */
@Singleton
class SubjectAccess {

    static final String PERSON_KIND = "person";
    static final String REDACTED = "[redacted]";

    /** One record as the request shows it. */
    @Serdeable
    record Record(String kind, String kindLabel, String reference, String status, List<String> roles, List<PersonalRecords.Field> fields) {
    }

    /** Another person in the directory whose name appears in what is shown, and where. */
    @Serdeable
    record ThirdParty(String username, String name, List<String> places) {
    }

    /** What the search found. {@code notShown}: records the Information Manager may not see (another must handle them). */
    @Serdeable
    record Found(String username, String name, String searchedOn, String searchedBy, List<Record> records, int notShown,
                 List<ThirdParty> thirdParties) {
    }

    private final List<PersonalRecords> kinds;
    private final List<CaseContents> contents;
    private final PersonalData people;
    private final CaseExclusions exclusions;
    private final AuditTrail audit;
    private final SubjectAccessExport exports;

    SubjectAccess(List<PersonalRecords> kinds, List<CaseContents> contents, PersonalData people, CaseExclusions exclusions,
                  AuditTrail audit, SubjectAccessExport exports) {
        this.exports = exports;
        this.kinds = kinds;
        this.contents = contents;
        this.people = people;
        this.exclusions = exclusions;
        this.audit = audit;
    }

    @Transactional
    Found search(String username, List<String> names, CurrentUser by) {
        Found found = find(username, names, by);
        audit.record(AuditEvent.of("SUBJECT_ACCESS_SEARCHED", detail(username, names, found)));
        return found;
    }

    /** The export of a search, with the chosen people's names replaced by {@value #REDACTED} wherever they appear. */
    @Transactional
    byte[] export(String username, List<String> names, Collection<String> redact, CurrentUser by) {
        Found found = find(username, names, by);
        Map<String, ThirdParty> offered = new LinkedHashMap<>();
        found.thirdParties().forEach(party -> offered.put(party.username(), party));
        List<ThirdParty> chosen = new ArrayList<>();
        for (String party : new LinkedHashSet<>(redact)) {
            ThirdParty match = offered.get(party);
            if (match == null) {
                throw new InvalidRequestException("redact", "Choose names to redact from the list of other people found");
            }
            chosen.add(match);
        }
        List<Record> redacted = found.records().stream().map(record -> redacted(record, chosen)).toList();
        Found export = new Found(found.username(), found.name(), found.searchedOn(), found.searchedBy(), redacted, found.notShown(),
                found.thirdParties());
        audit.record(AuditEvent.of("SUBJECT_ACCESS_EXPORTED", detail(username, names, found) + "; "
                + chosen.size() + (chosen.size() == 1 ? " other person's name" : " other people's names") + " redacted"));
        return exports.zip(export, chosen);
    }

    private Found find(String username, List<String> extraNames, CurrentUser by) {
        if (!people.knows(username)) {
            throw new InvalidRequestException("username", "There is no one with the username " + username);
        }
        for (int i = 0; i < extraNames.size(); i++) {
            if (extraNames.get(i).strip().length() < 3) { // a name of one or two letters would match nearly everything
                throw new InvalidRequestException("names[" + i + "]", "Each name must be between 3 and 100 characters");
            }
        }
        String name = people.nameOf(username).orElse(username);
        List<String> names = new ArrayList<>(List.of(name));
        extraNames.stream().map(String::strip).filter(extra -> names.stream().noneMatch(extra::equalsIgnoreCase)).forEach(names::add);
        PersonalRecords.Sought sought = new PersonalRecords.Sought(username, List.copyOf(names));

        List<Record> records = new ArrayList<>();
        int notShown = 0;
        if (username.equals(by.username())) {
            notShown++;
        } else {
            records.add(identityRecord(username));
        }
        for (PersonalRecords kind : kinds) {
            for (PersonalRecords.Held held : kind.about(sought)) {
                if (held.involved().contains(by.username()) || exclusions.isExcluded(held.kind(), held.id(), by.username())) {
                    notShown++;
                    continue;
                }
                List<PersonalRecords.Field> fields = new ArrayList<>(held.fields());
                contents.forEach(content -> fields.addAll(content.on(held.kind(), held.id())));
                records.add(new Record(held.kind(), held.kindLabel(), held.reference(), held.status(), held.roles(), List.copyOf(fields)));
            }
        }
        records.removeIf(record -> record.fields().isEmpty());
        return new Found(username, name, EngineClock.ukDate(EngineClock.today()), by.displayName(), List.copyOf(records), notShown,
                thirdParties(username, names, records));
    }

    private Record identityRecord(String username) {
        List<PersonalRecords.Field> fields = new ArrayList<>();
        people.directoryEntry(username).forEach((label, value) -> fields.add(new PersonalRecords.Field("Directory: " + label, value)));
        people.signIn(username).forEach((label, value) -> fields.add(new PersonalRecords.Field("Sign-in: " + label, value)));
        return new Record(PERSON_KIND, "Directory entry and sign-in", username, "Held", List.of("The person"), List.copyOf(fields));
    }

    /** Other people in the directory named in what is shown, with the records and fields that name them. */
    private List<ThirdParty> thirdParties(String username, List<String> searched, List<Record> records) {
        List<ThirdParty> parties = new ArrayList<>();
        // One pass over everything shown first, so only names that appear at all are matched field by field.
        String shown = records.stream().filter(record -> !record.kind().equals(PERSON_KIND))
                .flatMap(record -> record.fields().stream()).map(field -> field.value().toLowerCase(Locale.UK))
                .collect(Collectors.joining("\n"));
        people.namesInTheDirectory().forEach((other, name) -> {
            if (other.equals(username) || name.isBlank() || searched.stream().anyMatch(name::equalsIgnoreCase)
                    || !shown.contains(name.toLowerCase(Locale.UK))) {
                return;
            }
            Pattern pattern = wholeName(name);
            List<String> places = new ArrayList<>();
            for (Record record : records) {
                if (record.kind().equals(PERSON_KIND)) {
                    continue; // the directory entry names only their line manager, by username
                }
                record.fields().stream().filter(field -> pattern.matcher(field.value()).find())
                        .forEach(field -> places.add(record.reference() + ": " + field.label()));
            }
            if (!places.isEmpty()) {
                parties.add(new ThirdParty(other, name, List.copyOf(places)));
            }
        });
        return List.copyOf(parties);
    }

    private static Record redacted(Record record, List<ThirdParty> chosen) {
        if (chosen.isEmpty()) {
            return record;
        }
        List<PersonalRecords.Field> fields = record.fields().stream().map(field -> {
            String value = field.value();
            for (ThirdParty party : chosen) {
                value = wholeName(party.name()).matcher(value).replaceAll(REDACTED);
            }
            return new PersonalRecords.Field(field.label(), value);
        }).toList();
        return new Record(record.kind(), record.kindLabel(), record.reference(), record.status(), record.roles(), fields);
    }

    /** The name as a whole word or words, in any case: "Ben Ward" matches "ben ward," but not "Ben Wardle". */
    private static Pattern wholeName(String name) {
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Identifiers and counts only: never the names as written that were searched for. */
    private static String detail(String username, List<String> names, Found found) {
        return "Username " + username + "; " + names.size() + (names.size() == 1 ? " name" : " names") + " as written; "
                + found.records().size() + " shown; " + found.notShown() + " not shown";
    }
}
