package uk.gov.council.socialgov.harassment;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import uk.gov.council.socialgov.database.StartupProblem;

/**
 * The deputy Monitoring Officer is whoever holds the {@code deputy-monitoring-officer} group, never a
 * username in the settings: the old setting is refused at start-up rather than silently ignored.
 */
@Context
class RetiredDeputySetting {

    static final String DEPUTY = "socialgov.harassment.deputy";

    RetiredDeputySetting(Environment environment) {
        if (environment.containsProperty(DEPUTY)) {
            throw new StartupProblem("SOCIALGOV_HARASSMENT_DEPUTY is no longer used: give the deputy Monitoring Officer "
                    + "the deputy-monitoring-officer group instead, and remove the setting.");
        }
    }
}
