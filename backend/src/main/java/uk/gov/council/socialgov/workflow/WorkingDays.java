package uk.gov.council.socialgov.workflow;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;

/**
 * The council's business calendar for England: Monday to Friday, less the bank holidays configured
 * in {@code socialgov.calendar.bank-holidays}. Every SLA counted in working days uses it, in BPMN as
 * {@code ${workingDays.fromNow(5)}}. Counting keeps the UK local time of day, so a deadline stays at
 * the same time on the clock across a change between GMT and BST.
 */
@Singleton
@Named("workingDays")
public class WorkingDays {

    @ConfigurationProperties("socialgov.calendar")
    public record Properties(@Bindable(defaultValue = "") List<LocalDate> bankHolidays) {
    }

    private final Set<LocalDate> bankHolidays;

    WorkingDays(Properties properties) {
        this.bankHolidays = Set.copyOf(properties.bankHolidays());
    }

    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !bankHolidays.contains(date);
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
        return moment.with(date).toInstant();
    }

    /** For BPMN timers and due dates, on the engine's clock. */
    public Date fromNow(int days) {
        return Date.from(after(EngineClock.now(), days));
    }
}
