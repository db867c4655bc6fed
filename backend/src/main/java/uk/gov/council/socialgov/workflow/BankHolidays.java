package uk.gov.council.socialgov.workflow;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One division's bank holidays (England and Wales, Scotland or Northern Ireland), read from a file in
 * the format GOV.UK publishes at gov.uk/bank-holidays.json, and the last day the file knows about:
 * the end of the last year it lists.
 */
public record BankHolidays(String division, Set<LocalDate> dates, LocalDate knownUntil) {

    public static final List<String> DIVISIONS = List.of("england-and-wales", "scotland", "northern-ireland");

    /** The division's holidays in the file; {@link IllegalArgumentException} with a plain sentence when it will not do. */
    static BankHolidays read(byte[] file, String division, JsonMapper json) {
        if (!DIVISIONS.contains(division)) {
            throw new IllegalArgumentException("The bank holiday division must be one of " + String.join(", ", DIVISIONS));
        }
        JsonNode events;
        try {
            JsonNode part = json.readValue(file, JsonNode.class).get(division);
            events = part == null ? null : part.get("events");
        } catch (IOException | RuntimeException e) {
            events = null;
        }
        if (events == null || !events.isArray() || events.size() == 0) {
            throw new IllegalArgumentException("The bank holiday file is not in GOV.UK's format or has no " + division + " events");
        }
        Set<LocalDate> dates = new HashSet<>();
        for (JsonNode event : events.values()) {
            JsonNode date = event.get("date");
            try {
                dates.add(LocalDate.parse(date == null ? "" : date.getStringValue()));
            } catch (DateTimeParseException | IllegalStateException e) {
                throw new IllegalArgumentException("The bank holiday file has an event without a date like 2026-12-25");
            }
        }
        LocalDate last = dates.stream().max(LocalDate::compareTo).orElseThrow();
        return new BankHolidays(division, Set.copyOf(dates), LocalDate.of(last.getYear(), 12, 31));
    }
}
