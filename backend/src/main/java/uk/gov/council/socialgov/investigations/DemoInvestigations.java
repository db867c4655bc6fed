package uk.gov.council.socialgov.investigations;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.council.socialgov.evidence.Evidence;
import uk.gov.council.socialgov.evidence.EvidenceItem;
import uk.gov.council.socialgov.evidence.NewPost;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.DemoUsers;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.workflow.EngineClock;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * On the embedded default's first start: a report about an employee, with a post HR has kept as
 * evidence, waits for HR's triage; a councillor's case is with its investigator; and a case closed at triage
 * has its evidence on the retention schedule.
 */
@Singleton
@Requires(beans = DemoUsers.class)
class DemoInvestigations {

    private static final Logger LOG = LoggerFactory.getLogger(DemoInvestigations.class);

    private final DemoUsers demoUsers;
    private final Investigations investigations;
    private final BreachCaseStore store;
    private final Evidence evidence;

    DemoInvestigations(DemoUsers demoUsers, Investigations investigations, BreachCaseStore store, Evidence evidence) {
        this.demoUsers = demoUsers;
        this.investigations = investigations;
        this.store = store;
        this.evidence = evidence;
    }

    @EventListener
    @Transactional
    void onStartup(StartupEvent event) {
        if (!demoUsers.firstStart(store::any)) {
            return;
        }
        CurrentUser alex = new CurrentUser("alex.morgan", "Alex Morgan", Set.of(Groups.STAFF, Groups.COMMS));
        BreachCase jo = investigations.report(new ReportBreach("EMPLOYEE", "jo.evans", List.of("B1.4-false"),
                "A post on Jo Evans's personal account says the leisure centre will close next year, which is not true. "
                        + "Her profile says she works for the council. Residents have been sharing it.",
                List.of("https://www.facebook.com/example/posts/1001")), alex, null);
        CurrentUser helen = new CurrentUser("helen.carter", "Helen Carter", Set.of(Groups.STAFF, Groups.HR));
        EvidenceItem post = evidence.add(BreachInvestigationProcess.CASE_KIND, jo.id().toString(), new NewPost("FACEBOOK",
                "https://www.facebook.com/example/posts/1001", "Jo E.", EngineClock.today().minusDays(2) + "T19:40",
                "Heard today the leisure centre shuts for good next year. Typical council."), helen);
        evidence.addFile(BreachInvestigationProcess.CASE_KIND, jo.id().toString(), post.id(), "leisure-centre-post.png",
                screenshot(), helen);
        evidence.seal(BreachInvestigationProcess.CASE_KIND, jo.id().toString(), post.id(), helen);

        BreachCase jones = investigations.report(new ReportBreach("MEMBER", "cllr.jones", List.of("C2.8"),
                "Councillor Jones posted a resident's home address in a reply about a planning application.",
                List.of("https://x.com/example/status/2002")), new CurrentUser("cllr.begum", "Cllr Begum", Set.of(Groups.MEMBERS)), null);
        demoUsers.completeTask(jones.processInstanceId(), "david.okafor", Map.of("assessment", "formal",
                "assessmentReason", "Personal details of a resident: the facts need establishing", "investigator", "fiona.campbell",
                "investigationDue", EngineClock.today().plusDays(21).toString()));

        BreachCase closed = investigations.report(new ReportBreach("EMPLOYEE", "sam.patel", List.of("B3.7-derogatory"),
                "A comment that might be read as mocking a colleague.", List.of()),
                new CurrentUser("jo.evans", "Jo Evans", Set.of(Groups.STAFF)), null);
        demoUsers.completeTask(closed.processInstanceId(), "gary.lewis", Map.of("triage", "noCase",
                "triageReason", "Friendly banter between colleagues, not aimed at anyone's protected characteristic"));
        LOG.info("Created 3 demo breach cases: one awaiting HR triage, one under investigation, one closed and on the retention schedule");
    }

    /** A plain picture standing in for a screenshot (drawn without text, so no fonts are needed), for the gallery to show. */
    private static byte[] screenshot() {
        BufferedImage image = new BufferedImage(640, 200, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 640, 200);
        graphics.setColor(new Color(0x1d, 0x70, 0xb8));
        graphics.fillOval(24, 24, 48, 48);
        graphics.setColor(new Color(0x50, 0x5a, 0x5f));
        graphics.fillRect(88, 32, 160, 14);
        graphics.fillRect(24, 96, 560, 12);
        graphics.fillRect(24, 120, 480, 12);
        graphics.fillRect(24, 144, 300, 12);
        graphics.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
