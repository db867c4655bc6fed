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
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * A real PostgreSQL 17 server from the build's own dependencies, durable (fsync and synchronous
 * commit on, which the library turns off by default), bound to 127.0.0.1 only because initdb
 * trusts local connections.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final FileChannel lockChannel;
    private final FileLock lock;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, FileChannel lockChannel, FileLock lock) {
        this.postgres = postgres;
        this.lockChannel = lockChannel;
        this.lock = lock;
    }

    /** Starts a server keeping its data in {@code dataDirectory}, refusing clearly if another process uses it. */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port) {
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
            stopStalePostmaster(directory);
            requirePortFree(port);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .setLocaleConfig("locale", "C.UTF-8")
                    .setLocaleConfig("encoding", "UTF8")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("max_connections", "100")
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setRegisterShutdownHook(true)
                    .start();
            LOG.info("Embedded PostgreSQL listening on 127.0.0.1:{} with data in {}", port, directory);
            return new EmbeddedPostgresServer(postgres, channel, lock);
        } catch (IOException e) {
            throw new EmbeddedPostgresException("The embedded PostgreSQL could not start on the data folder "
                    + directory + ": " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public String username() {
        return "postgres";
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
