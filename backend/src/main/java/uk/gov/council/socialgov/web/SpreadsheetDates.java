package uk.gov.council.socialgov.web;

import io.micronaut.core.annotation.Nullable;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;

/** CSV imports: a date as spreadsheets write it, 2026-11-27 or 27/11/2026 (never 11/27/2026). */
public final class SpreadsheetDates {

    /** What to say when a date cannot be read, after "enter the … date". */
    public static final String LIKE = "like 2026-11-27 or 27/11/2026";

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private SpreadsheetDates() {
    }

    /** The date, or null when the text is not a real date written one of the two ways. */
    public static @Nullable LocalDate date(String text) {
        for (DateTimeFormatter format : List.of(DateTimeFormatter.ISO_LOCAL_DATE, UK_DATE)) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return null;
    }
}
