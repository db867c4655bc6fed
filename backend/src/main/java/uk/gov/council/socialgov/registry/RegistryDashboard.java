package uk.gov.council.socialgov.registry;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The communications team's overview: account requests by state, accounts under inactivity review,
 * and corporate accounts posting less than the D 5.2 guideline over the last seven full days.
 */
@Singleton
class RegistryDashboard {

    static final int WINDOW_DAYS = 7;

    /** D 5.2: how many of the last seven days a corporate account should have posted on, per platform. */
    private static final Map<Platform, Guideline> GUIDELINES = Map.of(
            Platform.X_TWITTER, new Guideline("At least one or two posts a day", WINDOW_DAYS),
            Platform.FACEBOOK, new Guideline("At least once a day", WINDOW_DAYS),
            Platform.INSTAGRAM, new Guideline("At least two a week", 2));

    record Guideline(String text, int daysOfSeven) {
    }

    @Serdeable
    record Warning(UUID id, String name, String handle, String platformLabel, String guideline, int daysActive, int days) {
    }

    @Serdeable
    record Overview(Map<String, Long> requestsByStatus, long accountsUnderInactivityReview, LocalDate from, LocalDate to,
                    List<Warning> guidelineWarnings) {
    }

    private final AccountRequestCounts requests;
    private final AccountRegistryStore registry;
    private final RuntimeService runtime;

    RegistryDashboard(AccountRequestCounts requests, AccountRegistryStore registry, RuntimeService runtime) {
        this.requests = requests;
        this.registry = registry;
        this.runtime = runtime;
    }

    @Transactional
    Overview overview(CurrentUser user) {
        RegistryService.requireEveryAccount(user);
        Map<String, Long> byStatus = requests.byStatus();
        LocalDate to = EngineClock.today().minusDays(1);
        LocalDate from = to.minusDays(WINDOW_DAYS - 1);
        List<Warning> warnings = new ArrayList<>();
        for (AccountRegistry.Row account : registry.activeCorporate(List.copyOf(GUIDELINES.keySet()), EngineClock.today())) {
            Guideline guideline = GUIDELINES.get(account.platform());
            int active = registry.activeDays(account.id(), from, to);
            if (active < guideline.daysOfSeven()) {
                warnings.add(new Warning(account.id(), account.name(), account.handle(), account.platform().label(), guideline.text(),
                        active, WINDOW_DAYS));
            }
        }
        long underReview = runtime.createProcessInstanceQuery().processDefinitionKey(InactivityReviews.PROCESS_KEY).active().count();
        return new Overview(byStatus, underReview, from, to, warnings);
    }
}
