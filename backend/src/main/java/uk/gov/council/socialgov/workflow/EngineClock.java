package uk.gov.council.socialgov.workflow;

import org.camunda.bpm.engine.impl.util.ClockUtil;

import java.time.Instant;

/** The one clock of the application: the engine's, so tests that move it move domain time too. */
public final class EngineClock {

    private EngineClock() {
    }

    public static Instant now() {
        return ClockUtil.now().toInstant();
    }
}
