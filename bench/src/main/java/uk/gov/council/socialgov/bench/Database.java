package uk.gov.council.socialgov.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The application's PostgreSQL seen directly, as its superuser: its statistics, its plans, and its
 * own commit ceiling. The embedded server asks for the password SocialGov generated into the data
 * folder's {@code secrets/}.
 */
final class Database {

    record TableScans(String table, long rows, long sequentialScans, long rowsReadSequentially, long indexScans) {
    }

    record QueryStats(String sql, long calls, double meanMillis) {
    }

    private final String url;
    private final Path secrets;

    /** The embedded database SocialGov keeps in {@code dataFolder/postgres}, listening on {@code port}. */
    Database(Path dataFolder, int port) {
        this.url = "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
        this.secrets = dataFolder.resolve("secrets");
    }

    /** A password SocialGov generated on its first start ({@code postgres-superuser}, {@code postgres-app}). */
    String password(String name) {
        try {
            return Files.readString(secrets.resolve(name + ".password")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The audit key SocialGov generated on its first start, for a second node on the same database. */
    String auditKey() {
        try {
            return Files.readString(secrets.resolve("audit.key")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", password("postgres-superuser"));
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connect(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    long number(String query) throws SQLException {
        try (Connection connection = connect(); java.sql.Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(query)) {
            row.next();
            return row.getLong(1);
        }
    }

    List<String> texts(String query) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection connection = connect(); java.sql.Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                found.add(rows.getString(1));
            }
        }
        return found;
    }

    long commits() throws SQLException {
        return number("select xact_commit from pg_stat_database where datname = 'postgres'");
    }

    /** Scan counters of every table, to compare before and after a phase. */
    Map<String, TableScans> scans() throws SQLException {
        execute("select pg_stat_force_next_flush()");
        Map<String, TableScans> scans = new LinkedHashMap<>();
        try (Connection connection = connect(); java.sql.Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select relname, n_live_tup, seq_scan, seq_tup_read, coalesce(idx_scan, 0) "
                     + "from pg_stat_user_tables order by n_live_tup desc")) {
            while (rows.next()) {
                scans.put(rows.getString(1), new TableScans(rows.getString(1), rows.getLong(2), rows.getLong(3), rows.getLong(4), rows.getLong(5)));
            }
        }
        return scans;
    }

    /** Tables of at least {@code minRows} rows that were read sequentially between the two snapshots. */
    static List<TableScans> sequentialScansOfLargeTables(Map<String, TableScans> before, Map<String, TableScans> after, long minRows) {
        List<TableScans> found = new ArrayList<>();
        after.forEach((table, now) -> {
            TableScans then = before.get(table);
            long scans = now.sequentialScans() - (then == null ? 0 : then.sequentialScans());
            if (now.rows() >= minRows && scans > 0) {
                found.add(new TableScans(table, now.rows(), scans,
                        now.rowsReadSequentially() - (then == null ? 0 : then.rowsReadSequentially()),
                        now.indexScans() - (then == null ? 0 : then.indexScans())));
            }
        });
        return found;
    }

    /** The statements that took the most time since the last reset (pg_stat_statements). */
    List<QueryStats> topStatements(int limit) throws SQLException {
        List<QueryStats> found = new ArrayList<>();
        try (Connection connection = connect(); java.sql.Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select query, calls, mean_exec_time from pg_stat_statements "
                     + "where query not like '%pg_stat%' order by total_exec_time desc limit " + limit)) {
            while (rows.next()) {
                found.add(new QueryStats(rows.getString(1), rows.getLong(2), rows.getDouble(3)));
            }
        }
        return found;
    }

    /** The plan PostgreSQL would use for any parameter values (EXPLAIN GENERIC_PLAN, PostgreSQL 16+). */
    String genericPlan(String sql) {
        // the simple query protocol, or the driver would take $1 for a parameter of its own to bind
        try (Connection connection = DriverManager.getConnection(url + "?preferQueryMode=simple", "postgres", password("postgres-superuser"));
             java.sql.Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("explain (generic_plan) " + sql)) {
            StringBuilder plan = new StringBuilder();
            while (rows.next()) {
                plan.append(rows.getString(1)).append('\n');
            }
            return plan.toString();
        } catch (SQLException e) {
            return "(no generic plan: " + e.getMessage().lines().findFirst().orElse("") + ")\n";
        }
    }

    /**
     * PostgreSQL's own ceiling on this server, as pgbench would measure it: {@code clients} connections
     * each committing a one-row insert as fast as they can, durably (synchronous_commit stays on).
     */
    double commitsPerSecond(int clients, long millis) throws Exception {
        execute("create table if not exists bench_commit (id bigserial primary key, client int not null, at timestamptz not null default now())");
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (int client = 0; client < clients; client++) {
                int id = client;
                counts.add(pool.submit(() -> {
                    long done = 0;
                    try (Connection connection = connect();
                         var insert = connection.prepareStatement("insert into bench_commit (client) values (?)")) {
                        connection.setAutoCommit(true);
                        while (running.get()) {
                            insert.setInt(1, id);
                            insert.executeUpdate();
                            done++;
                        }
                    }
                    return done;
                }));
            }
            long started = System.nanoTime();
            Thread.sleep(millis);
            running.set(false);
            long total = 0;
            for (Future<Long> count : counts) {
                total += count.get();
            }
            return total / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
            execute("drop table bench_commit");
        }
    }
}
