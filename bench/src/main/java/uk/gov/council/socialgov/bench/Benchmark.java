package uk.gov.council.socialgov.bench;

import uk.gov.council.testsupport.ApiSession;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The benchmark of QUALITY.md, run on demand: {@code java -jar bench/target/socialgov-bench.jar}.
 * Starts the built application on a fresh embedded PostgreSQL, loads the data volume, and prints
 * (and writes to {@code bench/target/benchmark.md}) one table of figures. Machines are shared and
 * noisy: read medians and ratios from one run, not single numbers across runs.
 */
public final class Benchmark {

    private static final int OPEN_TASKS = intSetting("SOCIALGOV_BENCH_OPEN_TASKS", 50_000);
    private static final int FINISHED = intSetting("SOCIALGOV_BENCH_FINISHED", 200_000);
    private static final int OPEN_TASKS_HIGH = intSetting("SOCIALGOV_BENCH_OPEN_TASKS_HIGH", 200_000);
    private static final int SECONDS_PER_RUN = intSetting("SOCIALGOV_BENCH_SECONDS", 30);
    private static final int LIST_CALLS = intSetting("SOCIALGOV_BENCH_LIST_CALLS", 200);
    /** The JVM flags README recommends for a two-core council server (docs/performance.md); "none" for the JVM's own. */
    private static final String RECOMMENDED_FLAGS = "-XX:+UseSerialGC -Xmx256m -Xss512k -XX:ReservedCodeCacheSize=96m -XX:MaxMetaspaceSize=200m";
    private static final List<String> JVM_FLAGS = List.of(System.getenv().getOrDefault("SOCIALGOV_BENCH_JVM_FLAGS",
            RECOMMENDED_FLAGS).split(" ")).stream().filter(flag -> !flag.isBlank() && !flag.equals("none")).toList();

    private final List<String[]> rows = new ArrayList<>();
    private final StringBuilder notes = new StringBuilder();
    private final AtomicLong peakResidentMib = new AtomicLong();
    private VolumeLoader loader;
    /** Database commits a second during the last measured throughput run, all of them ours. */
    private double lastCommitsPerSecond;

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--again")) {
            new Benchmark().again(Path.of(args[1]).toAbsolutePath());
        } else {
            new Benchmark().run();
        }
    }

    private void run() throws Exception {
        Path folder = Path.of("bench/target").toAbsolutePath().resolve("run-" + System.currentTimeMillis());
        int httpPort = AppProcess.freePort();
        int databasePort = AppProcess.freePort();
        Database database = new Database(folder, databasePort);
        loader = new VolumeLoader(database);
        say("Benchmark data in " + folder + "; JVM flags: " + (JVM_FLAGS.isEmpty() ? "(none)" : String.join(" ", JVM_FLAGS)));

        try (AppProcess first = AppProcess.embedded(folder, httpPort, databasePort, JVM_FLAGS)) {
            row("Start to healthy, first start (initdb, migrations, demo data)", seconds(first.startup().toMillis()), "", "");
            database.execute("alter system set shared_preload_libraries = 'pg_stat_statements'");
            say("Warming up: 20 account requests to ACTIVE with one client");
            throughput(first.base(), 1, 0, 20, null);
            say("Loading open tasks to 5,000");
            load(database, 5_000, 0);
        }

        onRunningApplication(folder, httpPort, databasePort, database, app -> {
            double atFiveThousand = throughput(app.base(), 16, SECONDS_PER_RUN, 0, database);
            row("Account requests to ACTIVE, 16 clients, 5,000 open tasks", perSecond(atFiveThousand), "", "");

            say("Loading " + OPEN_TASKS + " open tasks and " + FINISHED + " finished process instances");
            load(database, OPEN_TASKS, FINISHED);
            measureAtVolume(app, database);

            if (OPEN_TASKS_HIGH > OPEN_TASKS) {
                say("Loading open tasks to " + OPEN_TASKS_HIGH);
                load(database, OPEN_TASKS_HIGH, FINISHED);
                double high = throughput(app.base(), 16, SECONDS_PER_RUN, 0, database);
                row("Account requests to ACTIVE, 16 clients, " + String.format(Locale.UK, "%,d",
                                database.number("select count(*) from act_ru_task")) + " open tasks", perSecond(high),
                        "no slower than with 5,000", String.format(Locale.UK, "%.0f%% of the 5,000 figure", 100 * high / atFiveThousand));
            }
        });
    }

    /** What is measured on the running application. */
    private interface Measurement {
        void on(AppProcess app) throws Exception;
    }

    /**
     * Starts the application on the run's folder (already initialised), notes its start-up and idle
     * memory, warms it up, measures while sampling its memory, stops it and prints the table.
     */
    private void onRunningApplication(Path folder, int httpPort, int databasePort, Database database, Measurement measurement)
            throws Exception {
        AppProcess app = AppProcess.embedded(folder, httpPort, databasePort, JVM_FLAGS);
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();
        try {
            row(String.format(Locale.UK, "Start to healthy, data folder already initialised, %,d open tasks and %,d finished instances",
                            database.number("select count(*) from act_ru_task"),
                            database.number("select count(*) from act_hi_procinst where end_time_ is not null")),
                    seconds(app.startup().toMillis()), "≤ 4 s", app.startup().toMillis() <= 4000 ? "met" : "not met");
            database.execute("create extension if not exists pg_stat_statements");
            AppProcess.pause(3000);
            row("Resident memory, idle after start", app.residentMib() + " MiB", "", "");
            say("Warming up: 4 clients for " + SECONDS_PER_RUN + " s");
            throughput(app.base(), 4, SECONDS_PER_RUN, 0, null);
            sampler.scheduleAtFixedRate(() -> peakResidentMib.accumulateAndGet(app.residentMib(), Math::max), 0, 250, TimeUnit.MILLISECONDS);
            measurement.on(app);
        } catch (Exception | AssertionError e) {
            System.err.println(app.log());
            throw e;
        } finally {
            sampler.shutdownNow();
            app.stop();
        }
        print(folder);
    }

    /** The task and case lists, throughput with 1, 4 and 16 clients, PostgreSQL's ceiling and memory, at the data now loaded. */
    private void measureAtVolume(AppProcess app, Database database) throws Exception {
        listLatencies(app.base(), database);

        double[] byClients = new double[3];
        double[] ourCommits = new double[3];
        int[] clients = {1, 4, 16};
        for (int i = 0; i < clients.length; i++) {
            byClients[i] = throughput(app.base(), clients[i], SECONDS_PER_RUN, 0, database);
            ourCommits[i] = lastCommitsPerSecond;
        }
        double[] ceiling = new double[3];
        for (int i = 0; i < clients.length; i++) {
            ceiling[i] = database.commitsPerSecond(clients[i], 10_000);
        }
        for (int i = 0; i < clients.length; i++) {
            row("Account requests to ACTIVE, " + clients[i] + (clients[i] == 1 ? " client" : " clients") + ", "
                            + String.format(Locale.UK, "%,d", database.number("select count(*) from act_ru_task")) + " open tasks",
                    perSecond(byClients[i]), clients[i] == 16 ? "≥ 100 a second" : "",
                    clients[i] == 16 ? (byClients[i] >= 100 ? "met" : "not met") : "");
        }
        for (int i = 0; i < clients.length; i++) {
            row("PostgreSQL commit ceiling (one-row insert per commit), " + clients[i] + (clients[i] == 1 ? " connection" : " connections"),
                    String.format(Locale.UK, "%,.0f commits a second; ours were %,.0f (%.1f%% of it)", ceiling[i], ourCommits[i],
                            100 * ourCommits[i] / ceiling[i]), "", "");
        }
        row("Peak resident memory under load", peakResidentMib.get() + " MiB", "≤ 300 MiB",
                peakResidentMib.get() <= 300 ? "met" : "not met");
    }

    /**
     * {@code --again <run folder>}: measures again on the data an earlier run left, after a change,
     * without loading it again (start-up is then measured with the whole volume present).
     */
    private void again(Path folder) throws Exception {
        int databasePort = AppProcess.freePort();
        Database database = new Database(folder, databasePort);
        say("Measuring again on " + folder + "; JVM flags: " + (JVM_FLAGS.isEmpty() ? "(none)" : String.join(" ", JVM_FLAGS)));
        onRunningApplication(folder, AppProcess.freePort(), databasePort, database, app -> measureAtVolume(app, database));
    }

    /** Open tasks and finished instances copied up to the targets, then statistics refreshed as autovacuum would. */
    private void load(Database database, long openTasks, long finished) throws Exception {
        long started = System.nanoTime();
        loader.growOpenTasksTo(openTasks);
        loader.growFinishedTo(finished);
        database.execute("vacuum analyze");
        say(String.format(Locale.UK, "Loaded in %.0f s: %,d open tasks, %,d finished process instances", (System.nanoTime() - started) / 1e9,
                database.number("select count(*) from act_ru_task"),
                database.number("select count(*) from act_hi_procinst where end_time_ is not null")));
    }

    /** Whole account requests to ACTIVE a second with this many clients, for a time or a number of requests. */
    private double throughput(URI base, int clients, int seconds, int journeys, Database database) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicLong done = new AtomicLong();
        AtomicLong requests = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        List<AccountRequestJourney> journeysByClient = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            journeysByClient.add(new AccountRequestJourney(base));
        }
        long commitsBefore = database == null ? 0 : database.commits();
        long started = System.nanoTime();
        long deadline = started + TimeUnit.SECONDS.toNanos(seconds);
        List<Future<?>> running = new ArrayList<>();
        for (AccountRequestJourney journey : journeysByClient) {
            running.add(pool.submit(() -> {
                try {
                    while (failure.get() == null && (journeys > 0 ? done.get() < journeys : System.nanoTime() < deadline)) {
                        journey.runToActive();
                        done.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failure.compareAndSet(null, e);
                }
                requests.addAndGet(journey.requests());
            }));
        }
        for (Future<?> client : running) {
            client.get();
        }
        pool.shutdown();
        double elapsed = (System.nanoTime() - started) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException("A client failed after " + done.get() + " requests to ACTIVE", failure.get());
        }
        double rate = done.get() / elapsed;
        if (database != null) {
            double commits = (database.commits() - commitsBefore) / elapsed;
            lastCommitsPerSecond = commits;
            say(String.format(Locale.UK, "%d clients: %,d requests to ACTIVE in %.1f s = %.1f a second; %,.0f HTTP requests a second; "
                    + "%,.0f database commits a second", clients, done.get(), elapsed, rate, requests.get() / elapsed, commits));
            notes.append(String.format(Locale.UK, "- %d clients: %.1f HTTP requests and %,.0f database commits a second (%d HTTP requests per account request)%n",
                    clients, requests.get() / elapsed, commits, done.get() == 0 ? 0 : requests.get() / done.get()));
        }
        return rate;
    }

    private void listLatencies(URI base, Database database) throws Exception {
        ApiSession comms = ApiSession.signedIn(base, "alex.morgan");
        ApiSession manager = ApiSession.signedIn(base, "priya.shah");
        ApiSession hr = ApiSession.signedIn(base, "helen.carter");
        ApiSession monitoringOfficer = ApiSession.signedIn(base, "david.okafor");
        database.execute("select pg_stat_statements_reset()");
        var before = database.scans();
        latency("Task list, first page of 50, communications officer", comms, "/api/tasks?page=0&size=50", "p95 ≤ 5 ms");
        latency("Task counts per view, communications officer", comms, "/api/tasks/counts", "p95 ≤ 10 ms");
        latency("Task list, first page of 50, service manager", manager, "/api/tasks?page=0&size=50", "p95 ≤ 5 ms");
        latency("Task counts per view, service manager", manager, "/api/tasks/counts", "p95 ≤ 10 ms");
        latency("Account requests, first page of 50, communications officer", comms, "/api/account-requests?page=0&size=50", "");
        latency("Access grants, first page of 50, communications officer", comms, "/api/access-grants?page=0&size=50", "");
        latency("Investigations list, HR adviser", hr, "/api/investigations", "");
        latency("Harassment reports list, Monitoring Officer", monitoringOfficer, "/api/harassment-reports", "");
        var after = database.scans();
        List<Database.TableScans> scans = Database.sequentialScansOfLargeTables(before, after, 10_000);
        notes.append("\nSequential scans of tables of 10,000 rows or more during the list measurements: ")
                .append(scans.isEmpty() ? "none.\n" : "\n");
        scans.forEach(scan -> notes.append(String.format(Locale.UK, "- %s (%,d rows): %,d sequential scans reading %,d rows%n",
                scan.table(), scan.rows(), scan.sequentialScans(), scan.rowsReadSequentially())));
        notes.append("\nThe statements that took the most time during the list measurements, with PostgreSQL's generic plan:\n\n");
        for (Database.QueryStats statement : database.topStatements(8)) {
            notes.append(String.format(Locale.UK, "%,d calls, mean %.2f ms:%n```%n%s%n-- plan:%n%s```%n%n", statement.calls(), statement.meanMillis(),
                    statement.sql().replaceAll("\\s+", " ").strip(), database.genericPlan(statement.sql())));
        }
    }

    private void latency(String what, ApiSession api, String path, String target) {
        for (int i = 0; i < 50; i++) {
            check(api.get(path), path);
        }
        long[] nanos = new long[LIST_CALLS];
        for (int i = 0; i < LIST_CALLS; i++) {
            long started = System.nanoTime();
            check(api.get(path), path);
            nanos[i] = System.nanoTime() - started;
        }
        Arrays.sort(nanos);
        double p95 = millis(nanos, 0.95);
        String figure = String.format(Locale.UK, "p50 %.1f ms, p95 %.1f ms, p99 %.1f ms", millis(nanos, 0.50), p95, millis(nanos, 0.99));
        String limit = target.isEmpty() ? "" : target.replaceAll("\\D+", " ").trim();
        row(what, figure, target, target.isEmpty() ? "" : p95 <= Double.parseDouble(limit.split(" ")[limit.split(" ").length - 1]) ? "met" : "not met");
        say(what + ": " + figure);
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1e6;
    }

    private static void check(ApiSession.Response response, String path) {
        if (!response.ok()) {
            throw new IllegalStateException(path + " answered " + response.status() + ": " + response.body());
        }
    }

    private void print(Path folder) throws IOException {
        StringBuilder table = new StringBuilder();
        table.append("Run ").append(LocalDateTime.now().format(DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm", Locale.UK)))
                .append(" on ").append(Machine.describe()).append("\n\n");
        table.append("| Measure | Figure | QUALITY.md bar | |\n|---|---|---|---|\n");
        for (String[] row : rows) {
            table.append("| ").append(String.join(" | ", row)).append(" |\n");
        }
        table.append("\nHow the load went:\n").append(notes);
        System.out.println();
        System.out.println(table);
        Files.writeString(folder.getParent().resolve("benchmark.md"), table);
        say("Written to " + folder.getParent().resolve("benchmark.md") + "; the run's data is in " + folder + " (delete it when done)");
    }

    private void row(String measure, String figure, String bar, String verdict) {
        rows.add(new String[] {measure, figure, bar, verdict});
    }

    private static String seconds(long millis) {
        return String.format(Locale.UK, "%.1f s", millis / 1000.0);
    }

    private static String perSecond(double rate) {
        return String.format(Locale.UK, "%.1f a second", rate);
    }

    private static void say(String line) {
        System.out.println("[" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + "] " + line);
    }

    private static int intSetting(String name, int fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value.strip());
    }
}
