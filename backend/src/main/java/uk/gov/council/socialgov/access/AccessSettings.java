package uk.gov.council.socialgov.access;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * How long access may last and when its review happens (PROCESSES.md P3): usually three months, at
 * most twelve; a reminder seven days before the end date; removal if nobody reviews it within five
 * working days after.
 */
@ConfigurationProperties("socialgov.access")
record AccessSettings(@Bindable(defaultValue = "3") int defaultMonths,
                      @Bindable(defaultValue = "12") int maxMonths,
                      @Bindable(defaultValue = "7") int reminderDays,
                      @Bindable(defaultValue = "5") int reviewGraceWorkingDays) {
}
