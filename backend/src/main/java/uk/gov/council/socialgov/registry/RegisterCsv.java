package uk.gov.council.socialgov.registry;

import io.micronaut.core.annotation.Nullable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.SpreadsheetDates;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Reads the council's existing register of accounts (README, "Going live", lists the columns): one
 * row an account, UTF-8 with or without a byte order mark, dates as 2026-11-27 or 27/11/2026. Every
 * row is checked; if any has a problem, each is reported with its line number and nothing is read.
 */
final class RegisterCsv {

    static final int MAX_CHARACTERS = 1_000_000;
    static final int MAX_ROWS = 2_000;
    static final List<String> REQUIRED = List.of("platform", "handle", "name", "department", "kind");

    /** One account as the register gives it; the authorised users may post from it from {@code authorisedFrom}. */
    record Row(long line, AccountDetails details, @Nullable String owner, List<String> authorisedUsers,
               @Nullable LocalDate authorisedFrom, @Nullable LocalDate firstRecorded) {

        String key() {
            return details.platform() + " " + details.handle().toLowerCase(Locale.ROOT);
        }
    }

    private final Map<String, Integer> columns;

    private RegisterCsv(Map<String, Integer> columns) {
        this.columns = columns;
    }

    /** The rows of the file; {@code inDirectory} says whether a username is someone in the directory who has not left. */
    static List<Row> read(String csv, Predicate<String> inDirectory) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidRequestException("file", "The file is empty");
        }
        if (csv.length() > MAX_CHARACTERS) {
            throw new InvalidRequestException("file", "The file must be smaller than 1 MB");
        }
        List<CSVRecord> records = new ArrayList<>();
        RegisterCsv file = open(csv, records);
        if (records.isEmpty()) {
            throw new InvalidRequestException("file", "The file has headings but no accounts");
        }
        if (records.size() > MAX_ROWS) {
            throw new InvalidRequestException("file", "The file must have " + MAX_ROWS + " rows or fewer");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Long> lineOfAccount = new HashMap<>();
        for (CSVRecord record : records) {
            long line = record.getRecordNumber() + 1; // the headings are line 1
            List<String> problems = new ArrayList<>();
            Row row = file.row(line, record, inDirectory, problems);
            if (row != null) {
                Long first = lineOfAccount.putIfAbsent(row.key(), line);
                if (first != null) {
                    problems.add(row.details().handle() + " on " + row.details().platform().label() + " is also on line " + first);
                }
                rows.add(row);
            }
            problems.forEach(problem -> errors.add(new FieldError("rows[" + line + "]", "Line " + line + ": " + problem)));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return rows;
    }

    private @Nullable Row row(long line, CSVRecord record, Predicate<String> inDirectory, List<String> problems) {
        List<FieldError> fields = new ArrayList<>();
        AccountDetails details = AccountDetails.read(new AccountDetails.Given(value(record, "platform"), value(record, "handle"),
                value(record, "name"), value(record, "url"), value(record, "department"), value(record, "kind"),
                value(record, "campaign end date")), fields);
        fields.forEach(field -> problems.add(lowerFirst(field.message())));
        String owner = value(record, "owner").toLowerCase(Locale.ROOT);
        if (!owner.isEmpty() && !inDirectory.test(owner)) {
            problems.add("the owner " + owner + " is not in the organisation directory, or has left");
        }
        List<String> authorised = new ArrayList<>(new LinkedHashSet<>(Arrays.stream(value(record, "authorised users").split(";"))
                .map(username -> username.strip().toLowerCase(Locale.ROOT)).filter(username -> !username.isEmpty()).toList()));
        authorised.stream().filter(username -> !inDirectory.test(username)).forEach(username ->
                problems.add("the authorised user " + username + " is not in the organisation directory, or has left"));
        LocalDate from = date(record, "authorised from", "authorised from date", problems);
        if (!authorised.isEmpty() && from == null && value(record, "authorised from").isEmpty()) {
            problems.add("enter the authorised from date of the authorised users");
        }
        LocalDate firstRecorded = date(record, "first recorded", "date first recorded", problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new Row(line, details, owner.isEmpty() ? null : owner, List.copyOf(authorised), from, firstRecorded);
    }

    private @Nullable LocalDate date(CSVRecord record, String heading, String what, List<String> problems) {
        String text = value(record, heading);
        if (text.isEmpty()) {
            return null;
        }
        LocalDate date = SpreadsheetDates.date(text);
        if (date == null) {
            problems.add("enter the " + what + " " + SpreadsheetDates.LIKE);
        }
        return date;
    }

    private static RegisterCsv open(String csv, List<CSVRecord> records) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = format.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            Map<String, Integer> columns = parser.getHeaderMap().entrySet().stream()
                    .collect(Collectors.toMap(e -> heading(e.getKey()), Map.Entry::getValue, (a, b) -> a));
            Set<String> headings = columns.keySet();
            if (!headings.containsAll(REQUIRED)) {
                throw new InvalidRequestException("file", "The first row must be the headings, with at least platform, handle, name, "
                        + "department and kind (see the list of columns on this page)");
            }
            records.addAll(parser.getRecords());
            return new RegisterCsv(columns);
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidRequestException("file", "The file is not a CSV file that can be read: save it as CSV UTF-8 and try again");
        }
    }

    /** A heading written the one way: lower case, words apart by one space ("Campaign_End_Date" is "campaign end date"). */
    private static String heading(String text) {
        String heading = text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
        return switch (heading) {
            case "web address" -> "url";
            case "owner username" -> "owner";
            case "authorised usernames" -> "authorised users";
            case "authorised from date" -> "authorised from";
            case "first recorded on", "first recorded date" -> "first recorded";
            default -> heading;
        };
    }

    private String value(CSVRecord record, String heading) {
        Integer column = columns.get(heading);
        return column == null || column >= record.size() ? "" : record.get(column).strip();
    }

    private static String lowerFirst(String message) {
        return message.isEmpty() ? message : Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
