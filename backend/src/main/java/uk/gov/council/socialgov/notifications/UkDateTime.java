package uk.gov.council.socialgov.notifications;

import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;
import java.time.ZonedDateTime;

/** Times as GOV.UK writes them, in UK local time: "10am on 4 December 2026", "5:30pm on 1 April 2027", "midday on ...". */
final class UkDateTime {


    private UkDateTime() {
    }

    static String format(Instant instant) {
        ZonedDateTime local = instant.atZone(EngineClock.UK);
        return time(local) + " on " + EngineClock.ukDate(local.toLocalDate());
    }

    private static String time(ZonedDateTime local) {
        int hour = local.getHour();
        int minute = local.getMinute();
        if (minute == 0 && hour == 12) {
            return "midday";
        }
        if (minute == 0 && hour == 0) {
            return "midnight";
        }
        String clock = String.valueOf(hour % 12 == 0 ? 12 : hour % 12) + (minute == 0 ? "" : ":%02d".formatted(minute));
        return clock + (hour < 12 ? "am" : "pm");
    }
}
