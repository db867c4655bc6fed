package uk.gov.council.socialgov.bench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.council.testsupport.ApiSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY.md: two application nodes on one database. A person signed in on one node carries on on
 * the other, and 1,000 reminder timers falling due at the same moment are each run exactly once
 * between the two nodes' job executors.
 */
class TwoNodesTest {

    private static final int TIMERS = 1_000;

    @TempDir Path folder;
    private final List<AppProcess> nodes = new ArrayList<>();

    @AfterEach
    void stop() {
        for (int i = nodes.size() - 1; i >= 0; i--) {
            nodes.get(i).close();
        }
    }

    @Test
    void sessionsWorkOnEitherNodeAndEachDueTimerFiresOnce() throws Exception {
        String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        int databasePort = AppProcess.freePort();
        AppProcess first = AppProcess.start(folder.resolve("first"), AppProcess.freePort(), Map.of(
                "SOCIALGOV_EMBEDDED_POSTGRES_DATA_DIRECTORY", folder.resolve("postgres").toString(),
                "SOCIALGOV_EMBEDDED_POSTGRES_PORT", String.valueOf(databasePort),
                "SOCIALGOV_SIGNING_SECRET", secret), List.of());
        nodes.add(first);
        Database database = new Database(folder, databasePort);
        // As an external database is set up: the application's own role, the owner for migrations,
        // the first node's audit key and a checkpoint file of its own.
        AppProcess second = AppProcess.start(folder.resolve("second"), AppProcess.freePort(), Map.of(
                "DATASOURCES_DEFAULT_URL", "jdbc:postgresql://127.0.0.1:" + databasePort + "/postgres",
                "DATASOURCES_DEFAULT_USERNAME", "socialgov_app",
                "DATASOURCES_DEFAULT_PASSWORD", database.password("postgres-app"),
                "FLYWAY_DATASOURCES_DEFAULT_USER", "postgres",
                "FLYWAY_DATASOURCES_DEFAULT_PASSWORD", database.password("postgres-superuser"),
                "SOCIALGOV_AUDIT_KEY", database.auditKey(),
                "SOCIALGOV_AUDIT_CHECKPOINT_FILE", folder.resolve("second").resolve("audit-checkpoints.log").toString(),
                "SOCIALGOV_SIGNING_SECRET", secret), List.of());
        nodes.add(second);

        ApiSession onFirst = ApiSession.signedIn(first.base(), "priya.shah");
        ApiSession sameSessionOnSecond = onFirst.on(second.base());
        ApiSession.Response me = sameSessionOnSecond.get("/api/me");
        assertThat(me.status()).as(me.body()).isEqualTo(200);
        assertThat(me.json().get("username").getStringValue()).isEqualTo("priya.shah");

        ExecutorService departments = Executors.newFixedThreadPool(8);
        List<Future<?>> submissions = new ArrayList<>();
        for (int client = 0; client < 8; client++) {
            AccountRequestJourney journey = new AccountRequestJourney(client % 2 == 0 ? first.base() : second.base());
            int from = client * TIMERS / 8;
            int to = (client + 1) * TIMERS / 8;
            submissions.add(departments.submit(() -> {
                for (int n = from; n < to; n++) {
                    journey.submit("@Timers" + n);
                }
            }));
        }
        for (Future<?> submission : submissions) {
            submission.get();
        }
        departments.shutdown();

        String reminders = "select j.id_ from act_ru_job j join account_request r on r.process_instance_id = j.process_instance_id_ "
                + "where r.proposed_name like '@Timers%' and j.handler_cfg_ like '%BoundaryEvent_ReviewReminder%'";
        List<String> jobs = database.texts(reminders);
        assertThat(jobs).hasSize(TIMERS);
        database.execute("update act_ru_job set duedate_ = now() - interval '1 second' where id_ in (" + reminders + ")");

        long deadline = System.nanoTime() + 180_000_000_000L;
        while (database.number("select count(*) from (" + reminders + ") due") > 0 && System.nanoTime() < deadline) {
            AppProcess.pause(500);
        }
        assertThat(database.number("select count(*) from (" + reminders + ") due")).as("reminders still waiting").isZero();
        String ours = "act_id_ = 'BoundaryEvent_ReviewReminder' and process_instance_id_ in "
                + "(select process_instance_id from account_request where proposed_name like '@Timers%')";
        assertThat(database.number("select count(*) from act_hi_job_log where job_state_ = 2 and " + ours)).as("successful runs").isEqualTo(TIMERS);
        assertThat(database.number("select count(distinct job_id_) from act_hi_job_log where job_state_ = 2 and " + ours)).isEqualTo(TIMERS);
        assertThat(database.number("select count(*) from act_hi_job_log where job_state_ = 1 and " + ours)).as("failed runs").isZero();
        assertThat(database.number("select count(*) from act_hi_actinst a join account_request r on r.process_instance_id = a.proc_inst_id_ "
                + "where r.proposed_name like '@Timers%' and a.act_id_ = 'ServiceTask_RemindReviewer'")).as("reminders sent").isEqualTo(TIMERS);
        assertThat(database.number("select count(*) from (select case_id from audit_event where action = 'TASK_REMINDER_SENT' "
                + "and case_id in (select id::text from account_request where proposed_name like '@Timers%') "
                + "group by case_id having count(*) = 1) once")).as("cases whose reviewers were reminded exactly once").isEqualTo(TIMERS);
    }
}
