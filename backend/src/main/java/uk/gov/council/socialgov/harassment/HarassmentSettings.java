package uk.gov.council.socialgov.harassment;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The harassment process's time limits (PROCESSES.md P5): the urgent triage's SLA in hours and the
 * follow-up after triage in days. The deputy alerted when triage is late is whoever holds the
 * {@code deputy-monitoring-officer} group ({@link EscalateHarassmentReport}).
 */
@ConfigurationProperties("socialgov.harassment")
record HarassmentSettings(@Bindable(defaultValue = "4") int urgentHours,
                          @Bindable(defaultValue = "2") int triageWorkingDays,
                          @Bindable(defaultValue = "14") int followUpDays) {
}
