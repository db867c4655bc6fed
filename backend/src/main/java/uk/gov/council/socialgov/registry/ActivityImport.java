package uk.gov.council.socialgov.registry;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.SpreadsheetDates;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Days of posting activity from a spreadsheet (CSV: platform, handle, date). Every row is checked
 * first; if any has a problem, each problem is reported with its line and nothing is recorded.
 */
@Singleton
class ActivityImport {

    static final int MAX_CHARACTERS = 1_000_000;
    static final int MAX_ROWS = 5_000;

    @Serdeable
    record Result(int imported, int alreadyRecorded) {
    }

    private record Day(UUID accountId, LocalDate date) {
    }

    private final AccountRegistryStore registry;
    private final AuditTrail audit;

    ActivityImport(AccountRegistryStore registry, AuditTrail audit) {
        this.registry = registry;
        this.audit = audit;
    }

    @Transactional
    Result importCsv(String csv, CurrentUser user) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidRequestException("file", "The file is empty");
        }
        if (csv.length() > MAX_CHARACTERS) {
            throw new InvalidRequestException("file", "The file must be smaller than 1 MB");
        }
        List<CSVRecord> records = parse(csv);
        if (records.isEmpty()) {
            throw new InvalidRequestException("file", "The file has headings but no rows of activity");
        }
        if (records.size() > MAX_ROWS) {
            throw new InvalidRequestException("file", "The file must have " + MAX_ROWS + " rows or fewer");
        }
        LocalDate today = EngineClock.today();
        List<FieldError> errors = new ArrayList<>();
        Set<Day> days = new HashSet<>();
        Map<String, Optional<AccountRegistry.Row>> accounts = new HashMap<>();
        for (CSVRecord record : records) {
            long line = record.getRecordNumber() + 1; // the headings are line 1
            String problem = check(record, user, today, accounts, days);
            if (problem != null) {
                errors.add(new FieldError("rows[" + line + "]", "Line " + line + ": " + problem));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        int imported = 0;
        for (Day day : days) {
            if (registry.recordActivity(day.accountId(), day.date(), user.username(), EngineClock.now())) {
                imported++;
            }
        }
        audit.record(AuditEvent.of("ACCOUNT_ACTIVITY_IMPORTED", imported + " days of activity from " + records.size() + " rows"));
        return new Result(imported, records.size() - imported);
    }

    private static List<CSVRecord> parse(String csv) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreHeaderCase(true).get();
        try (CSVParser parser = format.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            if (!parser.getHeaderMap().keySet().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList()
                    .containsAll(List.of("platform", "handle", "date"))) {
                throw new InvalidRequestException("file", "The first row must be the headings platform, handle, date");
            }
            return parser.getRecords();
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidRequestException("file", "The file is not a CSV file that can be read: save it as CSV and try again");
        }
    }

    /** What is wrong with the row, or null when it can be recorded (and then its day is added). */
    private String check(CSVRecord record, CurrentUser user, LocalDate today, Map<String, Optional<AccountRegistry.Row>> accounts,
                         Set<Day> days) {
        if (!record.isConsistent()) {
            return "it must have a platform, a handle and a date";
        }
        Platform platform = platform(record.get("platform"));
        if (platform == null) {
            return "\u201c" + record.get("platform") + "\u201d is not a platform the registry knows";
        }
        String handle = record.get("handle");
        Optional<AccountRegistry.Row> account = accounts.computeIfAbsent(platform + " " + handle.toLowerCase(Locale.ROOT),
                key -> registry.find(platform, handle, today).filter(row -> mayRecord(row, user, today)));
        if (account.isEmpty()) {
            return "there is no " + platform.label() + " account " + handle + " that you may record activity for";
        }
        if (!"ACTIVE".equals(account.get().status())) {
            return account.get().name() + " on " + platform.label() + " is closed";
        }
        LocalDate date = SpreadsheetDates.date(record.get("date"));
        if (date == null) {
            return "enter the date like 2026-11-27 or 27/11/2026";
        }
        if (date.isAfter(today)) {
            return "the date " + record.get("date") + " is in the future";
        }
        days.add(new Day(account.get().id(), date));
        return null;
    }

    private boolean mayRecord(AccountRegistry.Row row, CurrentUser user, LocalDate today) {
        return user.isIn(Groups.COMMS) || user.username().equals(row.owner()) || registry.isAuthorisedOn(row.id(), user.username(), today);
    }

    /** The platform's code (X_TWITTER) or the name people use (X (Twitter), Twitter, X, Facebook ...). */
    static Platform platform(String text) {
        String wanted = text.strip().toLowerCase(Locale.ROOT);
        if (wanted.equals("x") || wanted.equals("twitter")) {
            return Platform.X_TWITTER;
        }
        for (Platform platform : Platform.values()) {
            if (platform.name().toLowerCase(Locale.ROOT).equals(wanted) || platform.label().toLowerCase(Locale.ROOT).equals(wanted)) {
                return platform;
            }
        }
        return null;
    }
}
