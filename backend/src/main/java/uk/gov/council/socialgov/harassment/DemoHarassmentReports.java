package uk.gov.council.socialgov.harassment;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.DemoUsers;
import uk.gov.council.socialgov.identity.Groups;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * On the embedded default's first start: Councillor Jones's report waits for the Monitoring
 * Officer's triage, and Councillor Begum's, triaged, waits for the communications team to report
 * the accounts and for wellbeing support to be arranged.
 */
@Singleton
@Requires(beans = DemoUsers.class)
class DemoHarassmentReports {

    private static final Logger LOG = LoggerFactory.getLogger(DemoHarassmentReports.class);

    private final DemoUsers demoUsers;
    private final HarassmentReports reports;
    private final HarassmentStore store;

    DemoHarassmentReports(DemoUsers demoUsers, HarassmentReports reports, HarassmentStore store) {
        this.demoUsers = demoUsers;
        this.reports = reports;
        this.store = store;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        if (!demoUsers.firstStart(store::any)) {
            return;
        }
        reports.report(new ReportHarassment(null, "X_TWITTER", "@angry_resident_99",
                "Since the planning committee vote, this account has replied to every post I make calling me corrupt and a liar.",
                List.of("https://x.com/example/status/3003"), false, true, false, null),
                new CurrentUser("cllr.jones", "Cllr Jones", Set.of(Groups.MEMBERS)), null);
        HarassmentReport begum = reports.report(new ReportHarassment(null, "FACEBOOK", "Facebook user 'Local Voice'\nFacebook user 'Truth Teller'",
                "Two accounts keep posting my photo with abusive comments about my religion in a local community group.",
                List.of("https://www.facebook.com/groups/example/posts/4004"), false, false, false, null),
                new CurrentUser("cllr.begum", "Cllr Begum", Set.of(Groups.MEMBERS)), null);
        demoUsers.completeTask(begum.processInstanceId(), "david.okafor", Map.of("riskLevel", "MEDIUM", "actPlatform", true,
                "actWellbeing", true,
                "triageNotes", "Spoke to Councillor Begum. The communications team will report both accounts; wellbeing support offered."));
        LOG.info("Created 2 demo harassment reports: one awaiting triage, one with actions under way");
    }
}
