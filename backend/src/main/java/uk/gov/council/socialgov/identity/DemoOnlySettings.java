package uk.gov.council.socialgov.identity;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;
import uk.gov.council.socialgov.database.StartupProblem;

/**
 * Outside demo mode (an external database, or demo data switched off) there are no demo users, no demo
 * password and no demo-only defaults: a setting that only makes sense in demo mode is refused at
 * start-up with one plain sentence naming it, so a council never runs believing it changed something.
 */
@Context
class DemoOnlySettings {

    static final String DATABASE_URL = "datasources.default.url";
    static final String DEMO_DATA = "socialgov.demo-data.enabled";
    static final String DEMO_PASSWORD = "socialgov.demo-data.password";

    DemoOnlySettings(Environment environment) {
        boolean externalDatabase = environment.containsProperty(DATABASE_URL);
        boolean demoDataOff = "false".equalsIgnoreCase(environment.getProperty(DEMO_DATA, String.class).orElse("true").strip());
        if (externalDatabase && !demoDataOff && environment.containsProperty(DEMO_DATA)) {
            throw new StartupProblem("SOCIALGOV_DEMO_DATA_ENABLED cannot switch demo data on with an external database "
                    + "(DATASOURCES_DEFAULT_URL): remove it, as demo users exist only with the embedded database.");
        }
        boolean demoPassword = environment.getProperty(DEMO_PASSWORD, String.class).filter(set -> !set.isBlank()).isPresent();
        if ((externalDatabase || demoDataOff) && demoPassword) {
            throw new StartupProblem("SOCIALGOV_DEMO_PASSWORD is only for the demo users, and there are none "
                    + (externalDatabase ? "with an external database" : "with demo data switched off") + ": remove it.");
        }
    }
}
