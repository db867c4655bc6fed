package uk.gov.council.socialgov.harassment;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The harassment process's time limits (PROCESSES.md P5): the urgent triage's SLA in hours, the
 * follow-up after triage in days, and the deputy Monitoring Officer alerted when triage is late
 * ({@code SOCIALGOV_HARASSMENT_DEPUTY}; when none is named, everyone in the Monitoring Officer's group
 * is alerted, so no council is left relying on a demo name).
 */
@ConfigurationProperties("socialgov.harassment")
record HarassmentSettings(@Bindable(defaultValue = "4") int urgentHours,
                          @Bindable(defaultValue = "2") int triageWorkingDays,
                          @Bindable(defaultValue = "14") int followUpDays,
                          @Nullable String deputy) {
}
