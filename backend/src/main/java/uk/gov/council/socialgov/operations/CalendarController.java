package uk.gov.council.socialgov.operations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.workflow.BankHolidays;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.WorkingDays;

import java.time.LocalDate;

/** The business calendar every working-day deadline counts with, and a warning well before it runs out. */
@Controller("/api/operations/calendar")
@Tag(name = "Operations")
@Secured(Groups.ADMINS)
class CalendarController {

    static final int WARN_MONTHS_AHEAD = 6;

    @Serdeable
    record Calendar(String division, LocalDate knownUntil, @Nullable String warning) {
    }

    private final WorkingDays workingDays;

    CalendarController(WorkingDays workingDays) {
        this.workingDays = workingDays;
    }

    @Get
    @Operation(summary = "Which bank holidays count, until when they are known, and a warning from six months before that")
    Calendar calendar() {
        BankHolidays holidays = workingDays.bankHolidays();
        LocalDate today = EngineClock.today();
        String warning = today.plusMonths(WARN_MONTHS_AHEAD).isAfter(holidays.knownUntil())
                ? "The bank holiday calendar ends on " + EngineClock.ukDate(holidays.knownUntil()) + ". Deadlines after that count "
                        + "no bank holidays. Replace it with the latest file from GOV.UK (SOCIALGOV_BANK_HOLIDAYS_FILE) and restart."
                : null;
        return new Calendar(holidays.division(), holidays.knownUntil(), warning);
    }
}
