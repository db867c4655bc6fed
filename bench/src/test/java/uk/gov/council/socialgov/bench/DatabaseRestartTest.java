package uk.gov.council.socialgov.bench;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.council.testsupport.ApiSession;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * QUALITY.md: "PostgreSQL restarted during load: the application recovers by itself." Four
 * departments keep submitting account requests while the application's PostgreSQL is stopped and
 * started again underneath it. During the outage they are told 503 in problem+json, nothing is
 * half-written, and afterwards the same application serves them again without a restart.
 * <p>
 * A fast shutdown can commit a submission and lose its answer, so, as the page does, each department
 * sends a refused submission again with the same Idempotency-Key until it is answered; every
 * submission then ends as exactly one saved request (decision 0019).
 */
class DatabaseRestartTest {

    private static final String PREFIX = "@Restart";

    @TempDir Path folder;
    private AppProcess app;
    private Database database;

    @BeforeEach
    void start() {
        int databasePort = AppProcess.freePort();
        app = AppProcess.embedded(folder, AppProcess.freePort(), databasePort, List.of());
        database = new Database(folder, databasePort);
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void requestsDuringTheOutageAreRefusedCleanlyAndTheApplicationRecoversWithoutARestart() throws Exception {
        List<Outcome> outcomes = Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger submissions = new AtomicInteger();
        ExecutorService departments = Executors.newFixedThreadPool(4);
        List<Future<?>> load = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            AccountRequestJourney journey = new AccountRequestJourney(app.base());
            load.add(departments.submit(() -> {
                int n = 0;
                while (running.get()) {
                    String proposedName = PREFIX + Thread.currentThread().getId() + "x" + n++;
                    String key = UUID.randomUUID().toString();
                    submissions.incrementAndGet();
                    Outcome outcome = Outcome.of(System.nanoTime(), journey.trySubmit(proposedName, key));
                    outcomes.add(outcome);
                    while (outcome.status() != 201) {
                        AppProcess.pause(200); // as a person pressing the button again would
                        outcome = Outcome.of(System.nanoTime(), journey.trySubmit(proposedName, key));
                        outcomes.add(outcome);
                    }
                }
            }));
        }
        AppProcess.pause(3_000);
        EmbeddedPostmaster postgres = new EmbeddedPostmaster(folder.resolve("postgres"));
        List<String> command = postgres.stop();
        long stopped = System.nanoTime();
        AppProcess.pause(8_000);
        postgres.start(command, folder.resolve("postgres-restarted.log"));
        long restarted = System.nanoTime();
        AppProcess.pause(12_000);
        running.set(false);
        for (Future<?> department : load) {
            department.get();
        }
        departments.shutdown();

        assertThat(outcomes).as("every answer was 201 or a clean 503").allSatisfy(outcome ->
                assertThat(outcome.status() == 201 || (outcome.status() == 503 && outcome.problemJson()))
                        .as("%s", outcome).isTrue());
        assertThat(outcomes).as("the outage was noticed").anyMatch(outcome -> outcome.status() == 503);
        assertThat(outcomes).as("requests before the outage succeeded")
                .anyMatch(outcome -> outcome.status() == 201 && outcome.at() < stopped);
        assertThat(outcomes.stream().filter(outcome -> outcome.status() == 201 && outcome.at() > restarted).count())
                .as("the same application served requests after PostgreSQL came back").isGreaterThan(10);
        assertThat(app.isHealthy()).isTrue();

        Set<String> answeredCreated = new HashSet<>();
        outcomes.stream().filter(outcome -> outcome.status() == 201).forEach(outcome -> answeredCreated.add(outcome.id()));
        assertThat(answeredCreated).as("every submission ended as one request").hasSize(submissions.get());
        assertThat(new HashSet<>(database.texts("select id::text from account_request where proposed_name like '" + PREFIX + "%'")))
                .as("exactly the requests answered 201 were saved: none lost, none half-written")
                .isEqualTo(answeredCreated);
        assertThat(Consistency.orphans(database)).isEmpty();
    }

    record Outcome(long at, int status, boolean problemJson, String id) {
        static Outcome of(long at, ApiSession.Response response) {
            return new Outcome(at, response.status(), response.contentType().startsWith("application/problem+json"),
                    response.status() == 201 ? response.json().get("id").getStringValue() : response.body());
        }
    }
}
