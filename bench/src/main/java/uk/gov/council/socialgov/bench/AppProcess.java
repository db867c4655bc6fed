package uk.gov.council.socialgov.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The built application jar running as its own process, as an officer starts it: on the embedded
 * PostgreSQL in a folder of our choosing, or on a database whose URL we give.
 */
public final class AppProcess implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final URI base;
    private final Path log;
    private final Duration startup;

    private AppProcess(Process process, URI base, Path log, Duration startup) {
        this.process = process;
        this.base = base;
        this.log = log;
        this.startup = startup;
    }

    /** The jar built by {@code mvn package}, found from the working directory or {@code SOCIALGOV_JAR}. */
    public static Path jar() {
        String configured = System.getenv("SOCIALGOV_JAR");
        for (Path candidate : List.of(
                Path.of(configured == null ? "" : configured),
                Path.of("backend/target/socialgov-backend-0.1.0-SNAPSHOT.jar"),
                Path.of("../backend/target/socialgov-backend-0.1.0-SNAPSHOT.jar"))) {
            if (!candidate.toString().isEmpty() && Files.isRegularFile(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException("Build the application first (mvn -DskipTests package), or set SOCIALGOV_JAR");
    }

    /** Starts the jar with these settings (environment variables) and waits until /health answers UP. */
    public static AppProcess start(Path folder, int httpPort, Map<String, String> settings, List<String> jvmFlags) {
        try {
            Files.createDirectories(folder);
            Path log = Files.createTempFile(folder, "application-", ".log");
            List<String> command = new ArrayList<>();
            command.add(ProcessHandle.current().info().command().orElse("java"));
            command.addAll(jvmFlags);
            command.add("-jar");
            command.add(jar().toString());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("SOCIALGOV_PORT", String.valueOf(httpPort));
            builder.environment().put("SOCIALGOV_SECURE_COOKIES", "false");
            builder.environment().putAll(settings);
            long started = System.nanoTime();
            Process process = builder.start();
            URI base = URI.create("http://127.0.0.1:" + httpPort);
            waitUntilHealthy(process, base, log);
            return new AppProcess(process, base, log, Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts the jar on its embedded PostgreSQL, keeping the data in {@code folder/postgres}. */
    public static AppProcess embedded(Path folder, int httpPort, int databasePort, List<String> jvmFlags) {
        return start(folder, httpPort, Map.of(
                "SOCIALGOV_EMBEDDED_POSTGRES_DATA_DIRECTORY", folder.resolve("postgres").toString(),
                "SOCIALGOV_EMBEDDED_POSTGRES_PORT", String.valueOf(databasePort)), jvmFlags);
    }

    private static void waitUntilHealthy(Process process, URI base, Path log) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The application stopped while starting:\n" + Files.readString(log));
            }
            if (healthy(base)) {
                return;
            }
            pause(20);
        }
        process.destroyForcibly();
        throw new IllegalStateException("The application was not healthy within 180 s:\n" + Files.readString(log));
    }

    static boolean healthy(URI base) {
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve("/health"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI base() {
        return base;
    }

    public Duration startup() {
        return startup;
    }

    public boolean isHealthy() {
        return healthy(base);
    }

    /** Resident memory of the application's JVM, in MiB, from /proc (Linux); -1 elsewhere. */
    public long residentMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            return -1;
        }
        return -1;
    }

    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** A clean stop (SIGTERM), as Ctrl+C does: the embedded PostgreSQL shuts down with it. */
    public void stop() {
        process.destroy();
        waitForExit();
    }

    /** {@code kill -9}: no shutdown hook runs, so an embedded PostgreSQL is left for the next start to stop. */
    public void kill() {
        process.destroyForcibly();
        waitForExit();
    }

    private void waitForExit() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
