package uk.gov.council.socialgov.identity;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.database.StartupProblem;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Outside demo mode there is no demo password and no deputy by username: a context started with a
 * setting that only makes sense in demo mode, or with the retired deputy setting, stops with one plain
 * sentence naming the setting (Application prints it as "SocialGov did not start: …").
 */
class DemoOnlySettingsIntegrationTest {

    @Test
    void theDemoPasswordWithDemoDataSwitchedOffIsRefused() {
        assertThat(refusal(Map.of("socialgov.demo-data.enabled", "false", "socialgov.demo-data.password", "letmein-2026")))
                .isEqualTo("SOCIALGOV_DEMO_PASSWORD is only for the demo users, and there are none with demo data switched off: remove it.");
    }

    @Test
    void aDeputyMonitoringOfficerByUsernameIsRefused() {
        assertThat(refusal(Map.of("socialgov.demo-data.enabled", "false", "socialgov.harassment.deputy", "fiona.campbell")))
                .isEqualTo("SOCIALGOV_HARASSMENT_DEPUTY is no longer used: give the deputy Monitoring Officer the "
                        + "deputy-monitoring-officer group instead, and remove the setting.");
    }

    @Test
    void inDemoModeTheDemoPasswordIsAccepted() {
        try (ApplicationContext context = ApplicationContext.builder().environments(Environment.TEST)
                .properties(Map.of("socialgov.demo-data.password", "another-demo-2026")).start()) {
            assertThat(context.getBean(DemoOnlySettings.class)).isNotNull();
        }
    }

    private static String refusal(Map<String, Object> settings) {
        Throwable failure = catchThrowable(() -> {
            try (ApplicationContext context = ApplicationContext.builder().environments(Environment.TEST).properties(settings).start()) {
                assertThat(context.isRunning()).isTrue();
            }
        });
        assertThat(failure).as("the start is refused").isNotNull();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupProblem problem) {
                return problem.getMessage();
            }
        }
        throw new AssertionError("No plain sentence for the person starting SocialGov", failure);
    }
}
