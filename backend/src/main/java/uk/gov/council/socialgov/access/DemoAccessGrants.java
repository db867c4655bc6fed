package uk.gov.council.socialgov.access;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.DemoUsers;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * On the embedded default's first start: Jo Evans's request for access waits for her line manager's
 * endorsement, and Sam Patel's, approved with specific terms, waits for him to sign the statement; a request of
 * his refused over two years ago waits for the Information Manager to authorise its disposal.
 */
@Singleton
@Requires(beans = DemoUsers.class)
class DemoAccessGrants {

    private static final Logger LOG = LoggerFactory.getLogger(DemoAccessGrants.class);
    private static final UUID YOUR_VOICE = UUID.fromString("6d1f0a52-0c55-4b5e-9d1a-000000000002");
    private static final UUID CANNOCK_CHASE_LIFE = UUID.fromString("6d1f0a52-0c55-4b5e-9d1a-000000000003");

    private final DemoUsers demoUsers;
    private final AccessGrantService service;
    private final AccessGrantStore grants;

    DemoAccessGrants(DemoUsers demoUsers, AccessGrantService service, AccessGrantStore grants) {
        this.demoUsers = demoUsers;
        this.service = service;
        this.grants = grants;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        if (!demoUsers.firstStart(() -> grants.count() > 0)) {
            return;
        }
        service.request(new RequestAccess(null, List.of(YOUR_VOICE), "Run the consultation on the countryside access strategy",
                "Three posts a week during the consultation, and answers to questions about it",
                EngineClock.today().plusMonths(2).toString()), new CurrentUser("jo.evans", "Jo Evans", Set.of(Groups.STAFF)), null);
        AccessGrant sams = service.request(new RequestAccess(null, List.of(CANNOCK_CHASE_LIFE),
                "Promote the business grants programme", "Two posts a week about grants and business events",
                EngineClock.today().plusMonths(3).toString()), new CurrentUser("sam.patel", "Sam Patel", Set.of(Groups.STAFF)), null);
        demoUsers.completeTask(sams.getProcessInstanceId(), "priya.shah", Map.of("endorsement", "endorse"));
        demoUsers.completeTask(sams.getProcessInstanceId(), "alex.morgan", Map.of("decision", "approve",
                "agreedEndDate", EngineClock.today().plusMonths(3).toString(),
                "specificTerms", "- post only about the business grants programme and its events\n- never reply to complaints: pass them to the communications team"));
        refusedLongAgo();
        LOG.info("Created 3 demo requests for access: one waiting for endorsement, one for its statement to be signed, "
                + "and one refused over two years ago and now due for disposal");
    }

    /**
     * A request Sam's line manager did not endorse two years and a month ago: its retention period has ended, so the
     * Information Manager finds it waiting for their authorisation to dispose of it. Made with the engine's clock set
     * back, before the job executor starts.
     */
    private void refusedLongAgo() {
        Instant then = EngineClock.now().minus(Duration.ofDays(2 * 365 + 31));
        ClockUtil.setCurrentTime(Date.from(then));
        try {
            AccessGrant refused = service.request(new RequestAccess(null, List.of(YOUR_VOICE), "Cover the summer events programme",
                    "Posts about the summer events while the events officer is on leave", LocalDate.ofInstant(then, EngineClock.UK)
                    .plusMonths(1).toString()), new CurrentUser("sam.patel", "Sam Patel", Set.of(Groups.STAFF)), null);
            demoUsers.completeTask(refused.getProcessInstanceId(), "priya.shah", Map.of("endorsement", "decline",
                    "reason", "The events officer's cover is already arranged"));
        } finally {
            ClockUtil.reset();
        }
    }
}
