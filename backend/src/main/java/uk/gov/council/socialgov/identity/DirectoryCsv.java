package uk.gov.council.socialgov.identity;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the council's HR export (docs/directory-import.md lists the columns): one row a person, UTF-8
 * with or without a byte order mark, dates as 2026-11-27 or 27/11/2026. Every row is checked; if any
 * has a problem, each is reported with its line number and nothing is read.
 */
final class DirectoryCsv {

    static final int MAX_CHARACTERS = 10_000_000;
    static final int MAX_ROWS = 50_000;
    static final List<String> REQUIRED = List.of("name", "email");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern USERNAME = Pattern.compile(UserAdminController.USERNAME);
    private static final Set<String> YES = Set.of("yes", "y", "true", "1");
    private static final Set<String> NO = Set.of("", "no", "n", "false", "0");

    /** The people in the file, by username, and each department's head. */
    record Parsed(Map<String, DirectoryEntry> people, Map<String, String> heads) {
    }

    /** A row read but not yet checked against the others (line managers name other rows). */
    private record Row(long line, CSVRecord record, DirectoryEntry entry, String lineManager) {
    }

    /** The file's columns, by their heading written the one way. */
    private final Map<String, Integer> columns;

    private DirectoryCsv(Map<String, Integer> columns) {
        this.columns = columns;
    }

    /**
     * The people in the file. {@code usernamesByEmail} keeps the username of anyone already in the
     * directory, so an import can be repeated; anyone new gets the part of their email before the @
     * unless the file has a username column.
     */
    static Parsed read(String csv, Map<String, String> usernamesByEmail) {
        if (csv == null || csv.isBlank()) {
            throw new InvalidRequestException("file", "The file is empty");
        }
        if (csv.length() > MAX_CHARACTERS) {
            throw new InvalidRequestException("file", "The file must be smaller than 10 MB");
        }
        List<CSVRecord> records = new ArrayList<>();
        DirectoryCsv file = open(csv, records);
        if (records.isEmpty()) {
            throw new InvalidRequestException("file", "The file has headings but no people");
        }
        if (records.size() > MAX_ROWS) {
            throw new InvalidRequestException("file", "The file must have " + MAX_ROWS + " rows or fewer");
        }
        List<FieldError> errors = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        Map<String, Long> lineOfEmail = new HashMap<>();
        Map<String, Long> lineOfNumber = new HashMap<>();
        Map<String, Long> lineOfUsername = new HashMap<>();
        for (CSVRecord record : records) {
            long line = record.getRecordNumber() + 1; // the headings are line 1
            List<String> problems = new ArrayList<>();
            Row row = file.row(line, record, usernamesByEmail, problems);
            if (row != null) {
                duplicate(lineOfEmail, row.entry().email().toLowerCase(Locale.ROOT), line, "the email address", problems);
                duplicate(lineOfNumber, row.entry().employeeNumber(), line, "the employee number", problems);
                duplicate(lineOfUsername, row.entry().username(), line, "the username " + row.entry().username(), problems);
                rows.add(row);
            }
            problems.forEach(problem -> errors.add(error(line, problem)));
        }
        Map<String, String> usernameByKey = new HashMap<>();
        for (Row row : rows) {
            usernameByKey.put(row.entry().email().toLowerCase(Locale.ROOT), row.entry().username());
            if (row.entry().employeeNumber() != null) {
                usernameByKey.put(row.entry().employeeNumber().toLowerCase(Locale.ROOT), row.entry().username());
            }
        }
        Map<String, DirectoryEntry> people = new LinkedHashMap<>();
        Map<String, String> heads = new LinkedHashMap<>();
        for (Row row : rows) {
            DirectoryEntry entry = row.entry();
            String manager = null;
            if (!row.lineManager().isEmpty()) {
                manager = usernameByKey.get(row.lineManager().toLowerCase(Locale.ROOT));
                if (manager == null) {
                    errors.add(error(row.line(), "the line manager " + row.lineManager()
                            + " is not in the file: give their email address or employee number"));
                } else if (manager.equals(entry.username())) {
                    errors.add(error(row.line(), "a person cannot be their own line manager"));
                }
            }
            people.put(entry.username(), new DirectoryEntry(entry.username(), entry.displayName(), entry.email(), entry.kind(),
                    entry.employeeNumber(), entry.jobTitle(), entry.department(), manager, entry.leavingDate()));
            String head = file.value(row.record(), "head of department").toLowerCase(Locale.ROOT);
            if (YES.contains(head)) {
                if (entry.department() == null) {
                    errors.add(error(row.line(), "a head of department must have a department"));
                } else if (heads.putIfAbsent(entry.department(), entry.username()) != null) {
                    errors.add(error(row.line(), entry.department() + " already has a head of department in this file"));
                }
            } else if (!NO.contains(head)) {
                errors.add(error(row.line(), "head of department must be yes or no"));
            }
        }
        if (!errors.isEmpty()) {
            errors.sort(java.util.Comparator.comparingInt(DirectoryCsv::lineOf));
            throw new InvalidRequestException(errors);
        }
        return new Parsed(people, heads);
    }

    private Row row(long line, CSVRecord record, Map<String, String> usernamesByEmail, List<String> problems) {
        String name = value(record, "name");
        String email = value(record, "email");
        String type = value(record, "type").toLowerCase(Locale.ROOT);
        String number = value(record, "employee number");
        String department = value(record, "department");
        String jobTitle = value(record, "job title");
        if (name.isEmpty()) {
            problems.add("enter the person's name");
        } else if (name.length() > 200) {
            problems.add("the name must be 200 characters or fewer");
        }
        if (!EMAIL.matcher(email).matches() || email.length() > 320) {
            problems.add("enter an email address like name@example.gov.uk");
        }
        DirectoryEntry.Kind kind = switch (type) {
            case "", "staff", "employee" -> DirectoryEntry.Kind.STAFF;
            case "councillor", "member" -> DirectoryEntry.Kind.COUNCILLOR;
            default -> {
                problems.add("type must be staff or councillor");
                yield DirectoryEntry.Kind.STAFF;
            }
        };
        if (kind == DirectoryEntry.Kind.STAFF && number.isEmpty()) {
            problems.add("enter the employee number of a member of staff");
        } else if (number.length() > 32) {
            problems.add("the employee number must be 32 characters or fewer");
        }
        if (kind == DirectoryEntry.Kind.STAFF && department.isEmpty()) {
            problems.add("enter the department of a member of staff");
        }
        if (department.length() > 200 || jobTitle.length() > 200) {
            problems.add("the department and job title must be 200 characters or fewer");
        }
        LocalDate leaving = null;
        String leavingText = value(record, "leaving date");
        if (!leavingText.isEmpty()) {
            leaving = SpreadsheetDates.date(leavingText);
            if (leaving == null) {
                problems.add("enter the leaving date like 2026-11-27 or 27/11/2026");
            }
        }
        String username = username(value(record, "username"), email, usernamesByEmail);
        if (!USERNAME.matcher(username).matches()) {
            problems.add("the username " + username + " can only use lower-case letters, numbers, dots, hyphens and underscores: "
                    + "add a username column");
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Row(line, record, new DirectoryEntry(username, name, email, kind, number.isEmpty() ? null : number,
                jobTitle.isEmpty() ? null : jobTitle, department.isEmpty() ? null : department, null, leaving),
                value(record, "line manager"));
    }

    /** The username given, the one the directory already knows for this email, or the email's part before the @. */
    private static String username(String given, String email, Map<String, String> usernamesByEmail) {
        if (!given.isEmpty()) {
            return given.toLowerCase(Locale.ROOT);
        }
        String known = usernamesByEmail.get(email.toLowerCase(Locale.ROOT));
        if (known != null) {
            return known;
        }
        int at = email.indexOf('@');
        return (at > 0 ? email.substring(0, at) : email).toLowerCase(Locale.ROOT);
    }

    private static void duplicate(Map<String, Long> seen, String key, long line, String what, List<String> problems) {
        if (key == null) {
            return;
        }
        Long first = seen.putIfAbsent(key, line);
        if (first != null) {
            problems.add(what + " is also on line " + first);
        }
    }

    /** Reads the file's headings and rows (into {@code records}). */
    private static DirectoryCsv open(String csv, List<CSVRecord> records) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true)
                .setTrim(true).setIgnoreHeaderCase(true).setAllowMissingColumnNames(true).get();
        try (CSVParser parser = format.parse(new StringReader(csv.startsWith("\uFEFF") ? csv.substring(1) : csv))) {
            Set<String> headings = parser.getHeaderMap().keySet().stream().map(DirectoryCsv::heading)
                    .collect(java.util.stream.Collectors.toSet());
            if (!headings.containsAll(REQUIRED)) {
                throw new InvalidRequestException("file", "The first row must be the headings, with at least name and email "
                        + "(see the list of columns on this page)");
            }
            records.addAll(parser.getRecords());
            return new DirectoryCsv(parser.getHeaderMap().entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(e -> heading(e.getKey()), Map.Entry::getValue, (a, b) -> a)));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidRequestException("file", "The file is not a CSV file that can be read: save it as CSV UTF-8 and try again");
        }
    }

    /** A heading written the one way: lower case, words apart by one space ("Employee_Number" is "employee number"). */
    static String heading(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]+", " ");
    }

    private String value(CSVRecord record, String heading) {
        Integer column = columns.get(heading);
        return column == null || column >= record.size() ? "" : record.get(column).strip();
    }

    private static FieldError error(long line, String problem) {
        return new FieldError("rows[" + line + "]", "Line " + line + ": " + problem);
    }

    private static int lineOf(FieldError error) {
        String field = error.field();
        return Integer.parseInt(field.substring(field.indexOf('[') + 1, field.indexOf(']')));
    }
}
