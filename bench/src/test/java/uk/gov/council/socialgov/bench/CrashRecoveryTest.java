package uk.gov.council.socialgov.bench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.council.testsupport.ApiSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY.md: "kill -9 during load, then restart: every request answered 2xx is there; no domain
 * row without its process and no process without its domain row." Four clients take account
 * requests through to ACTIVE while the application is killed with SIGKILL; it is started again on
 * the same data folder.
 */
class CrashRecoveryTest {

    @TempDir Path folder;
    private AppProcess app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everythingAnsweredBeforeTheKillIsThereAfterTheRestartWithNoOrphans() throws Exception {
        int httpPort = AppProcess.freePort();
        int databasePort = AppProcess.freePort();
        app = AppProcess.embedded(folder, httpPort, databasePort, List.of());
        Set<String> submitted = ConcurrentHashMap.newKeySet();
        Set<String> active = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        List<Future<?>> load = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            AccountRequestJourney journey = new AccountRequestJourney(app.base());
            load.add(clients.submit(() -> {
                try {
                    while (running.get()) {
                        active.add(journey.runToActive(submitted::add));
                    }
                } catch (RuntimeException killed) {
                    // the application died under this client: what it was answered so far is recorded
                }
            }));
        }
        while (active.size() < 8) {
            AppProcess.pause(100);
        }
        app.kill();
        running.set(false);
        for (Future<?> client : load) {
            client.get();
        }
        clients.shutdown();

        app = AppProcess.embedded(folder, httpPort, databasePort, List.of());
        Database database = new Database(folder, databasePort);
        ApiSession requester = ApiSession.signedIn(app.base(), "priya.shah");
        assertThat(submitted).hasSizeGreaterThan(active.size());
        for (String id : submitted) {
            assertThat(requester.get("/api/account-requests/" + id).status()).as("request %s answered 201", id).isEqualTo(200);
        }
        for (String id : active) {
            assertThat(requester.get("/api/account-requests/" + id).json().get("status").getStringValue())
                    .as("request %s answered ACTIVE", id).isEqualTo("ACTIVE");
        }
        assertThat(Consistency.orphans(database)).isEmpty();
        assertThat(database.number("select count(*) from act_ru_incident")).as("incidents").isZero();
    }
}
