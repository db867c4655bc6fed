package uk.gov.council.socialgov.registry;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.identity.DemoUsers;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.util.UUID;

/**
 * On the embedded default's first start, the Cabinet report's accounts (seeded by migration V11) get
 * demo managers, authorised users with past and present periods, and recent activity, so the
 * registry, its point-in-time list and the inactivity reviews (started at once, as the morning
 * check would) have something true-looking to show.
 */
@Singleton
@Requires(beans = DemoUsers.class)
class DemoRegistry {

    private static final String PREFIX = "6d1f0a52-0c55-4b5e-9d1a-0000000000";
    private static final LocalDate REPORT = LocalDate.of(2020, 1, 28);
    private static final String ON_THE_LIST = "On the council's list of authorised users when SocialGov started (demo)";

    private final DemoUsers demoUsers;
    private final AccountRegistryStore registry;
    private final InactivityReviews reviews;

    DemoRegistry(DemoUsers demoUsers, AccountRegistryStore registry, InactivityReviews reviews) {
        this.demoUsers = demoUsers;
        this.registry = registry;
        this.reviews = reviews;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        if (!demoUsers.firstStart(registry::anyAuthorisedUsers)) {
            return;
        }
        for (String corporate : new String[] {"01", "03", "05", "06", "07"}) {
            registry.setOwner(account(corporate), "nia.roberts");
            registry.addAuthorisedUser(account(corporate), "nia.roberts", REPORT, "system", ON_THE_LIST);
            registry.addAuthorisedUser(account(corporate), "alex.morgan", REPORT, "system", ON_THE_LIST);
        }
        registry.setOwner(account("02"), "nia.roberts");
        period(account("02"), "alex.morgan", REPORT, LocalDate.of(2024, 3, 31));
        registry.addAuthorisedUser(account("02"), "nia.roberts", LocalDate.of(2024, 4, 1), "system", ON_THE_LIST);
        registry.setOwner(account("04"), "tom.hughes");
        registry.addAuthorisedUser(account("04"), "tom.hughes", LocalDate.of(2021, 5, 1), "system", ON_THE_LIST);
        registry.addAuthorisedUser(account("04"), "jo.evans", LocalDate.of(2021, 5, 1), "system", ON_THE_LIST);
        registry.setOwner(account("10"), "priya.shah");
        registry.addAuthorisedUser(account("10"), "priya.shah", REPORT, "system", ON_THE_LIST);
        period(account("10"), "sam.patel", REPORT, LocalDate.of(2025, 6, 30));

        LocalDate today = EngineClock.today();
        var now = EngineClock.now();
        for (int daysAgo = 0; daysAgo < 10; daysAgo++) {
            registry.recordActivity(account("01"), today.minusDays(daysAgo), "alex.morgan", now);
            registry.recordActivity(account("03"), today.minusDays(daysAgo), "alex.morgan", now);
        }
        registry.recordActivity(account("05"), today.minusDays(3), "nia.roberts", now);
        registry.recordActivity(account("10"), today.minusDays(5), "priya.shah", now);
        registry.recordActivity(account("04"), today.minusMonths(2), "tom.hughes", now);
        reviews.startDue(); // what the 6am check would find: the quiet accounts wait for comms' review
    }

    private void period(UUID account, String username, LocalDate from, LocalDate to) {
        registry.addAuthorisedUser(account, username, from, "system", ON_THE_LIST);
        registry.endAuthorisedUser(account, username, to, "system");
    }

    private static UUID account(String number) {
        return UUID.fromString(PREFIX + number);
    }
}
