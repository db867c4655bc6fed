package uk.gov.council.socialgov.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Email through a real SMTP server (GreenMail): who gets what, with the right links, exactly once;
 * an SMTP outage delays mail but loses none; confidential cases never reach a mailbox.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationsIntegrationTest implements TestPropertyProvider {

    private final ServerSetup smtpSetup = new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
    private GreenMail smtp = started();

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject TaskService tasks;
    @Inject ManagementService management;
    @Inject OutboxSender sender;
    @Inject DailyDigest digest;
    @Inject Outbox outbox;
    @Inject TaskEmails emails;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("socialgov.mail.enabled", "true", "socialgov.mail.host", "127.0.0.1",
                "socialgov.mail.port", String.valueOf(smtpSetup.getPort()), "socialgov.mail.public-url", "https://socialgov.example-council.gov.uk");
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @AfterAll
    void stopSmtp() {
        smtp.stop();
    }

    @Test
    void aNewReviewIsOfferedToEachOfTheCommunicationsTeamOnceAndNotToTheRequester() throws Exception {
        String reference = submit();
        String taskId = taskIdFor(reference);

        List<MimeMessage> offered = awaitMessages(m -> subject(m).equals("New task for the Communications team: Review account request")
                && body(m).contains(reference), 2);
        assertThat(offered).extracting(NotificationsIntegrationTest::recipient)
                .containsExactlyInAnyOrder("alex.morgan@example-council.gov.uk", "nia.roberts@example-council.gov.uk");
        assertThat(body(offered.get(0))).contains("https://socialgov.example-council.gov.uk/tasks/" + taskId)
                .contains("@EconDevDistrict on LinkedIn").contains("It is due by ");
        assertThat(offered.get(0).getContent().toString()).isNotEmpty();
        assertThat(((jakarta.mail.Multipart) offered.get(0).getContent()).getCount()).isEqualTo(2); // text and HTML

        sender.sendDue();
        Thread.sleep(500);
        assertThat(matching(m -> body(m).contains(reference))).hasSize(2);
    }

    @Test
    void aHandOverTellsTheNewAssigneeButNotACoverWhoCouldNotWorkItAndClaimingForYourselfSendsNothing() {
        String reference = submit();
        String taskId = taskIdFor(reference);
        awaitMessages(m -> body(m).contains(reference), 2);
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).toString();
        Response cover = nia.post("/api/me/substitutes", Map.of("substitute", "jo.evans", "from", today, "to", today));
        assertThat(cover.status()).as(cover.body()).isEqualTo(201);

        assertThat(alex.post("/api/tasks/" + taskId + "/claim", "").status()).isEqualTo(204);
        assertThat(alex.post("/api/tasks/" + taskId + "/hand-over", Map.of("to", "nia.roberts", "note", "You know this department")).status())
                .isEqualTo(204);

        List<MimeMessage> handedOver = awaitMessages(m -> subject(m).equals("Task for you: Review account request") && body(m).contains(reference), 1);
        assertThat(handedOver).extracting(NotificationsIntegrationTest::recipient)
                .containsExactlyInAnyOrder("nia.roberts@example-council.gov.uk");
        assertThat(body(handedOver.get(0))).contains("Alex Morgan");
        // Jo covers for Nia but is not in the communications team, so could not work the task and is not
        // told (CoverIntegrationTest shows a cover in the team is). Messages are written with the hand-over
        // in one transaction, so what is not there now never will be.
        assertThat(ApiSession.signedIn(server, json, "jo.evans").get("/api/me/notifications?size=100").body()).doesNotContain(reference);
        assertThat(matching(m -> body(m).contains(reference))).hasSize(3);
    }

    @Test
    void theRequesterHearsTheDecisionWithALinkToTheirRequest() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Response created = priya.post("/api/account-requests", SampleRequests.accountRequest());
        String reference = created.json().get("reference").getStringValue();
        String taskId = taskIdFor(reference);
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        assertThat(nia.post("/api/tasks/" + taskId + "/complete",
                Map.of("variables", Map.of("decision", "reject", "reason", "The corporate LinkedIn account covers this"))).status())
                .isEqualTo(204);

        MimeMessage decision = awaitMessages(m -> subject(m).equals("Your account request " + reference + " has not been approved"), 1).get(0);
        assertThat(recipient(decision)).isEqualTo("priya.shah@example-council.gov.uk");
        assertThat(body(decision)).contains("Their reason: The corporate LinkedIn account covers this")
                .contains("https://socialgov.example-council.gov.uk/requests/" + created.json().get("id").getStringValue());
    }

    @Test
    void whileTheMailServerIsDownMessagesWaitAndAreSentOnceWhenItIsBack() throws Exception {
        smtp.stop();
        String reference = submit();
        awaitRow(reference, "PENDING", 1);
        Thread.sleep(300);
        assertThat(matching(m -> body(m).contains(reference))).isEmpty();

        smtp = started();
        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofMinutes(2)))); // past the first back-off
        sender.sendDue();

        assertThat(awaitMessages(m -> body(m).contains(reference), 2)).hasSize(2);
        sender.sendDue();
        Thread.sleep(300);
        assertThat(matching(m -> body(m).contains(reference))).hasSize(2);
        assertThat(count("select count(*) from notification where status = 'SENT' and attempts >= 2 and last_error is null "
                + "and text_body like ?", "%" + reference + "%")).isEqualTo(2);
    }

    @Test
    void anEmailAboutAConfidentialCaseSaysOnlyThatThereIsATask() {
        var about = new TaskEmails.About("task-1", "Assess the harassment report", "member-harassment-report", "HR-2026-0007",
                "Threats on X against Cllr Jones", Instant.parse("2026-12-01T12:00:00Z"));
        transactions.executeWrite(status -> {
            outbox.send("david.okafor", NotificationKind.TASK_OFFERED, emails.offered(about, "the Monitoring Officer"));
            return null;
        });

        // The demo data's own reports also offer David tasks: this is the one email about task-1.
        MimeMessage message = awaitMessages(m -> recipient(m).equals("david.okafor@example-council.gov.uk")
                && subject(m).equals("You have a new task in SocialGov") && body(m).contains("/tasks/task-1"), 1).get(0);
        String everything = subject(message) + GreenMailUtil.getWholeMessage(message);
        assertThat(everything).doesNotContain("HR-2026-0007").doesNotContain("Cllr Jones").doesNotContain("harassment")
                .doesNotContain("Threats").contains("https://socialgov.example-council.gov.uk/tasks/task-1");
    }

    @Test
    void someoneWhoChoseADailyDigestGetsOneEmailListingTheirMessages() {
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        assertThat(alex.put("/api/me/notification-settings", Map.of("dailyDigest", true)).status()).isEqualTo(200);
        try {
            String first = submit();
            String second = submit();
            awaitMessages(m -> recipient(m).startsWith("nia.roberts") && body(m).contains(second), 1);
            assertThat(matching(m -> recipient(m).startsWith("alex.morgan") && (body(m).contains(first) || body(m).contains(second)))).isEmpty();

            digest.send();

            MimeMessage daily = awaitMessages(m -> recipient(m).startsWith("alex.morgan") && subject(m).equals("Your SocialGov daily digest"), 1).get(0);
            assertThat(body(daily)).contains("New task for the Communications team: Review account request");
            assertThat(alex.get("/api/me/notifications").body()).contains("IN_DIGEST");
            digest.send();
            assertThat(matching(m -> recipient(m).startsWith("alex.morgan") && subject(m).equals("Your SocialGov daily digest"))).hasSize(1);
        } finally {
            alex.put("/api/me/notification-settings", Map.of("dailyDigest", false));
        }
    }

    @Test
    void anOverdueReviewIsRemindedThenEscalatedByEmail() {
        String reference = submit();
        String taskId = taskIdFor(reference);
        String instanceId = tasks.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();

        ClockUtil.setCurrentTime(Date.from(Instant.now().plus(Duration.ofDays(20))));
        management.createJobQuery().processInstanceId(instanceId).timers().executable().list()
                .forEach(job -> management.executeJob(job.getId()));

        assertThat(awaitMessages(m -> subject(m).equals("Reminder: Review account request is due soon") && body(m).contains(reference), 2))
                .extracting(NotificationsIntegrationTest::recipient)
                .containsExactlyInAnyOrder("alex.morgan@example-council.gov.uk", "nia.roberts@example-council.gov.uk");
        assertThat(awaitMessages(m -> subject(m).equals("Overdue: Review account request for " + reference), 2)).hasSize(2);
        assertThat(tasks.createTaskQuery().taskId(taskId).singleResult().getPriority()).isEqualTo(80);
    }

    @Test
    void theSettingsRefuseAnAnswerThatIsNotYesOrNo() {
        ApiSession sam = ApiSession.signedIn(server, json, "sam.patel");
        for (Object body : List.of(Map.of(), Map.of("dailyDigest", "sometimes"), "not json")) {
            Response refused = sam.put("/api/me/notification-settings", body);
            assertThat(refused.status()).as(String.valueOf(body)).isEqualTo(400);
            assertThat(refused.contentType()).startsWith("application/problem+json");
        }
        assertThat(sam.put("/api/me/notification-settings", Map.of()).json().get("errors").get(0).get("field").getStringValue())
                .isEqualTo("dailyDigest");
        assertThat(sam.get("/api/me/notification-settings").json().get("dailyDigest").getBooleanValue()).isFalse();
        assertThat(sam.get("/api/me/notifications?size=500").status()).isEqualTo(400);
    }

    private String submit() {
        return ApiSession.signedIn(server, json, "priya.shah").post("/api/account-requests", SampleRequests.accountRequest())
                .json().get("reference").getStringValue();
    }

    private String taskIdFor(String reference) {
        return tasks.createTaskQuery().processVariableValueEquals("caseReference", reference).singleResult().getId();
    }

    private void awaitRow(String reference, String status, int minimumAttempts) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            long found = count("select count(*) from notification where text_body like ? and status = ? and attempts >= ? "
                    + "and last_error is not null", "%" + reference + "%", status, minimumAttempts);
            if (found >= 2) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No failed attempt recorded for " + reference);
    }

    private long count(String sql, Object... parameters) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }));
    }

    private List<MimeMessage> awaitMessages(Predicate<MimeMessage> wanted, int count) {
        long deadline = System.currentTimeMillis() + 15_000;
        List<MimeMessage> found = matching(wanted);
        while (found.size() < count && System.currentTimeMillis() < deadline) {
            smtp.waitForIncomingEmail(200, 1);
            found = matching(wanted);
        }
        assertThat(found).as("messages received").hasSize(count);
        return found;
    }

    private List<MimeMessage> matching(Predicate<MimeMessage> wanted) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(wanted).toList();
    }

    private GreenMail started() {
        GreenMail mail = new GreenMail(smtpSetup);
        mail.start();
        return mail;
    }

    private static int freePort() {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String recipient(MimeMessage message) {
        try {
            return message.getRecipients(Message.RecipientType.TO)[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String body(MimeMessage message) {
        return GreenMailUtil.getBody(message);
    }
}
