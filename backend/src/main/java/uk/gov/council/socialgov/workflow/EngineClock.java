package uk.gov.council.socialgov.workflow;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The one clock of the application: the engine's, so tests that move it move domain time too. */
public final class EngineClock {

    /** Council officers work in UK local time: dates people type and see are in this zone. */
    public static final ZoneId UK = ZoneId.of("Europe/London");

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.now().toInstant();
    }

    public static LocalDate today() {
        return now().atZone(UK).toLocalDate();
    }
}
