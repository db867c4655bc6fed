package uk.gov.council.socialgov.workflow;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The one clock of the application: the engine's, so tests that move it move domain time too. */
public final class EngineClock {

    /** Council officers work in UK local time: dates people type and see are in this zone. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.now().toInstant();
    }

    public static LocalDate today() {
        return now().atZone(UK).toLocalDate();
    }

    /** A day as GOV.UK writes it: "27 November 2026". */
    public static String ukDate(LocalDate day) {
        return UK_DATE.format(day);
    }
}
