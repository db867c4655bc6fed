package uk.gov.council.socialgov.workflow;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.council.socialgov.database.StartupProblem;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The council's business calendar: Monday to Friday, less its division's bank holidays, read from a
 * file in GOV.UK's format ({@code bank-holidays.json} as shipped, or {@code socialgov.calendar.file}).
 * Every SLA counted in working days uses it, in BPMN as {@code ${workingDays.fromNow(5)}}. Counting
 * keeps the UK local time of day, so a deadline stays at the same time on the clock across a change
 * between GMT and BST. A deadline past the file's last year is logged as such: no holiday is known there.
 */
@Singleton
@Named("workingDays")
public class WorkingDays {

    private static final Logger LOG = LoggerFactory.getLogger(WorkingDays.class);

    /** The division (england-and-wales, scotland or northern-ireland) and, to replace the shipped calendar, a file. */
    @ConfigurationProperties("socialgov.calendar")
    public record Properties(@Bindable(defaultValue = "england-and-wales") String division, @Nullable String file) {
    }

    private final BankHolidays bankHolidays;
    private final AtomicReference<LocalDate> warnedOn = new AtomicReference<>();

    @Inject
    WorkingDays(Properties properties, JsonMapper json) {
        this(bankHolidays(properties, json));
    }

    WorkingDays(BankHolidays bankHolidays) {
        this.bankHolidays = bankHolidays;
    }

    private static BankHolidays bankHolidays(Properties properties, JsonMapper json) {
        try {
            return BankHolidays.read(calendar(properties.file()), properties.division(), json);
        } catch (IllegalArgumentException wrong) {
            throw new StartupProblem(wrong.getMessage() + " (SOCIALGOV_BANK_HOLIDAYS_DIVISION, SOCIALGOV_BANK_HOLIDAYS_FILE)");
        }
    }

    private static byte[] calendar(@Nullable String file) {
        try {
            if (file == null || file.isBlank()) {
                try (InputStream shipped = WorkingDays.class.getResourceAsStream("/bank-holidays.json")) {
                    return Objects.requireNonNull(shipped, "bank-holidays.json").readAllBytes();
                }
            }
            return Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            throw new StartupProblem("The bank holiday file " + file + " cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Which division's holidays count, and the last day the calendar knows. */
    public BankHolidays bankHolidays() {
        return bankHolidays;
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.dates().contains(date);
    }

    /** This many working days after the given moment, at the same UK local time. Zero or less is the moment itself. */
    public Instant after(Instant from, int days) {
        ZonedDateTime moment = from.atZone(EngineClock.UK);
        LocalDate date = moment.toLocalDate();
        for (int counted = 0; counted < days; ) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        if (date.isAfter(bankHolidays.knownUntil()) && !EngineClock.today().equals(warnedOn.getAndSet(EngineClock.today()))) {
            LOG.warn("A deadline on {} is after {}, the last day the bank holiday calendar knows: no bank holiday after it is "
                    + "counted. Replace the calendar with the latest from GOV.UK (socialgov.calendar.file).", date, bankHolidays.knownUntil());
        }
        return moment.with(date).toInstant();
    }

    /** For BPMN timers and due dates, on the engine's clock. */
    public Date fromNow(int days) {
        return Date.from(after(EngineClock.now(), days));
    }
}
