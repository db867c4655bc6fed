package uk.gov.council.socialgov.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL 17 server from the build's own dependencies, durable (fsync and synchronous
 * commit on, which the library turns off by default), bound to 127.0.0.1 only, and asking every
 * connection for a password (scram-sha-256). Two logins: the superuser, which owns the schema and
 * runs the migrations, and {@value #APP_ROLE}, the application's own role, which owns nothing. Their
 * passwords are generated on the first start into {@code secrets/} beside the data folder,
 * readable by the owner only.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";
    public static final String APP_ROLE = "socialgov_app";

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    private static final String SCRAM = "scram-sha-256";
    private static final String HBA = """
            # Written by SocialGov: every connection gives its password (scram-sha-256). The server
            # listens on 127.0.0.1 only; the passwords are in the secrets folder beside the data folder.
            local   all             all                                     scram-sha-256
            host    all             all             127.0.0.1/32            scram-sha-256
            host    all             all             ::1/128                 scram-sha-256
            local   replication     all                                     scram-sha-256
            host    replication     all             127.0.0.1/32            scram-sha-256
            host    replication     all             ::1/128                 scram-sha-256
            """;

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;
    private final String superuserPassword;
    private final String appPassword;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock,
                                   String superuserPassword, String appPassword) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.superuserPassword = superuserPassword;
        this.appPassword = appPassword;
    }

    /** Where the generated passwords are kept for a data folder: {@code secrets/} beside it. */
    public static Path secretsFolder(Path dataDirectory) {
        return dataDirectory.toAbsolutePath().normalize().resolveSibling("secrets");
    }

    /** Starts a server keeping its data in {@code dataDirectory}, refusing clearly if another process uses it. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
        return start(dataDirectory, port, true);
    }

    /**
     * As {@link #start(Path, int)}; without {@code stopAtExit} the caller stops the server itself
     * (the library's own shutdown hook would stop it while the application is still closing).
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean stopAtExit) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            FileChannel channel = FileChannel.open(directory.resolveSibling(directory.getFileName() + ".lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                throw new EmbeddedPostgresException("Another SocialGov is already running on the data folder "
                        + directory + ". Stop it first, or set SOCIALGOV_EMBEDDED_POSTGRES_DATA_DIRECTORY to another folder.");
            }
            try {
                return startLocked(directory, port, stopAtExit, channel, lock);
            } catch (IOException | RuntimeException e) {
                if (channel.isOpen()) {
                    lock.release();
                    channel.close();
                }
                throw e;
            }
        } catch (IOException e) {
            throw new EmbeddedPostgresException("The embedded PostgreSQL could not start on the data folder "
                    + directory + ": " + e.getMessage(), e);
        }
    }

    private static EmbeddedPostgresServer startLocked(Path directory, int port, boolean stopAtExit, FileChannel channel, FileLock lock)
            throws IOException {
        stopStalePostmaster(directory);
        requirePortFree(port);
        Path superuserPasswordFile = secretsFolder(directory).resolve("postgres-superuser.password");
        if (Files.exists(directory.resolve("PG_VERSION")) && !Files.exists(superuserPasswordFile) && everyLineAsksForAPassword(directory)) {
            throw new EmbeddedPostgresException("The data folder " + directory + " asks for a password, but "
                    + superuserPasswordFile + " is missing. Restore the secrets folder from a backup, or change every "
                    + "method in pg_hba.conf to trust and start once to set new passwords.");
        }
        String superuserPassword = OwnerOnlyFiles.secret(superuserPasswordFile);
        String appPassword = OwnerOnlyFiles.secret(secretsFolder(directory).resolve("postgres-app.password"));
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setLocaleConfig("locale", "C.UTF-8")
                .setLocaleConfig("encoding", "UTF8")
                // initdb options: the library passes "-A trust" first; these come after it and win,
                // so a new data folder never trusts anyone, even for the seconds before we connect.
                .setLocaleConfig("auth", SCRAM)
                .setLocaleConfig("pwfile", superuserPasswordFile.toString())
                .setConnectConfig("password", superuserPassword)
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "100")
                .setPGStartupWait(Duration.ofSeconds(60))
                .setRegisterShutdownHook(stopAtExit)
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, channel, lock, superuserPassword, appPassword);
        try {
            server.requirePasswords(directory);
        } catch (SQLException | IOException | RuntimeException e) {
            server.close();
            throw new EmbeddedPostgresException("The embedded PostgreSQL on " + directory
                    + " could not be given its passwords: " + e.getMessage(), e);
        }
        LOG.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", port, directory);
        return server;
    }

    /** The URL names no user (the library's own does, and a URL's user wins over the login given with it). */
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    public String superuser() {
        return SUPERUSER;
    }

    public String superuserPassword() {
        return superuserPassword;
    }

    /** The application's own login: it owns no table, so it can neither disable a trigger nor truncate. */
    public String appUsername() {
        return APP_ROLE;
    }

    public String appPassword() {
        return appPassword;
    }

    /**
     * Sets both passwords from the secrets folder (the files are the source of truth) and makes every
     * connection give one. A data folder made by an older SocialGov trusted local connections and had
     * no passwords: its first start here sets them, then rewrites pg_hba.conf and reloads it.
     */
    private void requirePasswords(Path directory) throws SQLException, IOException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, superuserPassword);
             Statement statement = connection.createStatement()) {
            statement.execute("alter role " + SUPERUSER + " password " + literal(superuserPassword));
            statement.execute("do $$ begin if not exists (select from pg_roles where rolname = '" + APP_ROLE + "') then "
                    + "create role " + APP_ROLE + "; end if; end $$");
            statement.execute("alter role " + APP_ROLE + " with login nosuperuser nocreatedb nocreaterole noreplication nobypassrls"
                    + " password " + literal(appPassword));
            if (!everyLineAsksForAPassword(directory)) {
                LOG.warn("The embedded PostgreSQL on {} trusted local connections; from now on each needs its password", directory);
                Files.writeString(directory.resolve("pg_hba.conf"), HBA);
                statement.execute("select pg_reload_conf()");
            }
        }
    }

    private static boolean everyLineAsksForAPassword(Path directory) throws IOException {
        return Files.readAllLines(directory.resolve("pg_hba.conf")).stream()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .allMatch(line -> line.endsWith(" " + SCRAM));
    }

    /** A SQL string literal; our generated passwords are Base64url, but quote properly regardless. */
    private static String literal(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    @Override
    public void close() {
        try {
            postgres.close();
            lock.release();
            lockChannel.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /**
     * A JVM killed with SIGKILL leaves its postmaster running. We hold the data folder's lock, so
     * no live SocialGov owns it: ask that server to shut down before starting our own.
     */
    private static void stopStalePostmaster(Path directory) throws IOException {
        Path pidFile = directory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return;
        }
        Optional<ProcessHandle> process = ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        LOG.warn("Stopping PostgreSQL (PID {}) left running on {} by an earlier run that did not shut down", pid, directory);
        ProcessHandle postmaster = process.get();
        postmaster.destroy(); // SIGTERM: a smart shutdown; its clients died with the old JVM
        try {
            postmaster.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new EmbeddedPostgresException("PostgreSQL (PID " + pid + ") left running on " + directory
                    + " did not stop within 30 seconds. Stop it by hand and start again.", e);
        }
    }

    private static void requirePortFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress("127.0.0.1", port));
        } catch (IOException e) {
            throw new EmbeddedPostgresException("Port " + port + " on 127.0.0.1 is already in use, so the embedded "
                    + "PostgreSQL cannot listen on it. Stop what uses it, or set SOCIALGOV_EMBEDDED_POSTGRES_PORT.", e);
        }
    }
}
