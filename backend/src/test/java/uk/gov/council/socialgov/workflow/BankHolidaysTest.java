package uk.gov.council.socialgov.workflow;

import io.micronaut.json.JsonMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped GOV.UK calendar, read for each division the council may choose. */
class BankHolidaysTest {

    private final JsonMapper json = JsonMapper.createDefault();

    @Test
    void eachDivisionHasItsOwnHolidays() throws IOException {
        BankHolidays england = read("england-and-wales");
        BankHolidays scotland = read("scotland");
        BankHolidays northernIreland = read("northern-ireland");

        LocalDate easterMonday2027 = LocalDate.parse("2027-03-29");
        LocalDate secondJanuary2026 = LocalDate.parse("2026-01-02");
        LocalDate stPatricks2027 = LocalDate.parse("2027-03-17");
        assertThat(england.dates()).contains(easterMonday2027).doesNotContain(secondJanuary2026, stPatricks2027);
        assertThat(scotland.dates()).contains(secondJanuary2026, LocalDate.parse("2026-11-30")).doesNotContain(easterMonday2027);
        assertThat(northernIreland.dates()).contains(stPatricks2027, easterMonday2027, LocalDate.parse("2026-07-13"));
        assertThat(england.knownUntil()).isEqualTo(LocalDate.parse("2028-12-31"));
    }

    @Test
    void aWrongDivisionOrFileIsRefusedInPlainWords() {
        assertThatThrownBy(() -> read("wales")).hasMessage(
                "The bank holiday division must be one of england-and-wales, scotland, northern-ireland");
        assertThatThrownBy(() -> BankHolidays.read("{\"england-and-wales\":{}}".getBytes(StandardCharsets.UTF_8),
                "england-and-wales", json)).hasMessage("The bank holiday file is not in GOV.UK's format or has no england-and-wales events");
    }

    @Test
    void theShippedCalendarGivesEnglandItsWorkingDays() throws IOException {
        WorkingDays calendar = new WorkingDays(read("england-and-wales"));
        // Friday 24 December 2027, 10am: Christmas and Boxing Day fall at the weekend, so Monday 27th and Tuesday 28th are holidays.
        assertThat(calendar.after(java.time.Instant.parse("2027-12-24T10:00:00Z"), 1)).isEqualTo(java.time.Instant.parse("2027-12-29T10:00:00Z"));
    }

    private BankHolidays read(String division) throws IOException {
        try (InputStream file = getClass().getResourceAsStream("/bank-holidays.json")) {
            return BankHolidays.read(file.readAllBytes(), division, json);
        }
    }
}
