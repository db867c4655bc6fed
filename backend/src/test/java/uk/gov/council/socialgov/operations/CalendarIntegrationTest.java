package uk.gov.council.socialgov.operations;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.time.Instant;
import java.util.Date;

import static org.assertj.core.api.Assertions.assertThat;

/** Administrators see which bank holidays count, and are warned six months before the calendar runs out. */
@MicronautTest(transactional = false)
class CalendarIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @Test
    void theWarningComesSixMonthsBeforeTheLastKnownDay() {
        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2028-06-30T10:00:00Z")));
        Response early = admin.get("/api/operations/calendar");
        assertThat(early.json().get("division").getStringValue()).isEqualTo("england-and-wales");
        assertThat(early.json().get("knownUntil").getStringValue()).isEqualTo("2028-12-31");
        assertThat(early.json().get("warning").isNull()).as("no warning yet").isTrue();

        ClockUtil.setCurrentTime(Date.from(Instant.parse("2028-07-02T10:00:00Z")));
        assertThat(admin.get("/api/operations/calendar").json().get("warning").getStringValue()).startsWith(
                "The bank holiday calendar ends on 31 December 2028. Deadlines after that count no bank holidays.");
    }

    @Test
    void onlyAdministratorsSeeIt() {
        assertThat(ApiSession.signedIn(server, json, "sam.patel").get("/api/operations/calendar").status()).isEqualTo(403);
    }
}
