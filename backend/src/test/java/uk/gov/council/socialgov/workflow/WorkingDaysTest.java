package uk.gov.council.socialgov.workflow;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Working-day arithmetic for England: weekends, bank holidays, and the UK's clock changes. */
class WorkingDaysTest {

    private final WorkingDays calendar = new WorkingDays(new BankHolidays("england-and-wales", Set.of(
            LocalDate.parse("2026-12-25"), LocalDate.parse("2026-12-28"), LocalDate.parse("2027-01-01"),
            LocalDate.parse("2026-04-03"), LocalDate.parse("2026-04-06")), LocalDate.parse("2027-12-31")));

    @Test
    void weekendsAndBankHolidaysAreSkipped() {
        // Wednesday 23 December 2026, 9am: the 24th counts; the 25th (Friday), the weekend and Monday 28th do not.
        assertThat(calendar.after(Instant.parse("2026-12-23T09:00:00Z"), 2)).isEqualTo(Instant.parse("2026-12-29T09:00:00Z"));
        // Thursday 31 December 2026: New Year's Day is a Friday bank holiday, so the next working day is Monday.
        assertThat(calendar.after(Instant.parse("2026-12-31T16:00:00Z"), 1)).isEqualTo(Instant.parse("2027-01-04T16:00:00Z"));
        // Easter 2026: Good Friday 3 April and Easter Monday 6 April.
        assertThat(calendar.after(Instant.parse("2026-04-02T08:00:00Z"), 1)).isEqualTo(Instant.parse("2026-04-07T08:00:00Z"));
    }

    @Test
    void aRequestMadeAtTheWeekendCountsFromMonday() {
        // Saturday 5 December 2026, 11am: five working days are Monday 7th to Friday 11th.
        assertThat(calendar.after(Instant.parse("2026-12-05T11:00:00Z"), 5)).isEqualTo(Instant.parse("2026-12-11T11:00:00Z"));
    }

    @Test
    void theDeadlineKeepsTheUkClockTimeAcrossTheChangeFromBstToGmt() {
        // Friday 23 October 2026, 10am BST (09:00 UTC); clocks go back on Sunday 25 October.
        Instant due = calendar.after(Instant.parse("2026-10-23T09:00:00Z"), 5);
        assertThat(due).isEqualTo(Instant.parse("2026-10-30T10:00:00Z")); // Friday 30 October, 10am GMT
    }

    @Test
    void theDeadlineKeepsTheUkClockTimeAcrossTheChangeFromGmtToBst() {
        // Friday 27 March 2026, 10am GMT; clocks go forward on Sunday 29 March.
        Instant due = calendar.after(Instant.parse("2026-03-27T10:00:00Z"), 1);
        assertThat(due).isEqualTo(Instant.parse("2026-03-30T09:00:00Z")); // Monday 30 March, 10am BST
    }

    @Test
    void zeroDaysIsNow() {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        assertThat(calendar.after(now, 0)).isEqualTo(now);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-27"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-11-28"))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2026-12-28"))).isFalse();
    }
}
