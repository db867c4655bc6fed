package uk.gov.council.socialgov.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL server an embedded application started, stopped and started again from outside,
 * as an operator or a crash would: {@code pg_ctl stop -m fast} ends every session at once, and the
 * server comes back with the very command line it was started with (postmaster.opts).
 */
public final class EmbeddedPostmaster {

    private final Path dataDirectory;

    public EmbeddedPostmaster(Path dataDirectory) {
        this.dataDirectory = dataDirectory.toAbsolutePath();
    }

    /** Stops the server (SIGINT, a fast shutdown: open transactions roll back); answers its start command. */
    public List<String> stop() {
        List<String> command = startCommand();
        try {
            long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).strip());
            ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
            run(List.of("kill", "-INT", String.valueOf(pid))); // pg_ctl refuses to run as root; the signal is what it sends
            postmaster.onExit().get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Could not stop PostgreSQL on " + dataDirectory, e);
        }
        return command;
    }

    /**
     * Starts the server again with its own command line, in the background. PostgreSQL refuses to run
     * as root; as the embedded library does, root runs it in a user namespace where it is not root.
     */
    public void start(List<String> command, Path log) {
        List<String> asNonRoot = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            asNonRoot.addAll(List.of("unshare", "-U"));
        }
        asNonRoot.addAll(command);
        try {
            new ProcessBuilder(asNonRoot).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> startCommand() {
        try {
            String options = Files.readString(dataDirectory.resolve("postmaster.opts")).strip();
            List<String> command = new ArrayList<>();
            Matcher token = Pattern.compile("\"([^\"]*)\"|(\\S+)").matcher(options);
            while (token.find()) {
                command.add(token.group(1) != null ? token.group(1) : token.group(2));
            }
            return command;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
