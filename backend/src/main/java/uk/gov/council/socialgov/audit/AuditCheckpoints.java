package uk.gov.council.socialgov.audit;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.council.socialgov.database.DataFolder;
import uk.gov.council.socialgov.database.OwnerOnlyFiles;
import uk.gov.council.socialgov.database.StartupProblem;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Anchors the chain's head outside the database: at start-up, on a schedule (hourly by default) and
 * at shutdown, a line with the head's id and hash, the first keyed row and the time, signed with the
 * audit key, is appended to an owner-only file ({@code audit-checkpoints.log} in the data folder, or
 * {@code socialgov.audit.checkpoint-file}) and written to the application log. Someone who can rewrite
 * the database but not this file cannot roll the trail back below a checkpoint unnoticed.
 */
@Singleton
public class AuditCheckpoints {

    /** One line of the file; {@code signed} is false when the line does not parse or its signature is wrong. */
    record Checkpoint(int line, Instant at, long headId, String headHash, long keyedFromId, String occasion, boolean signed) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final Pattern LINE = Pattern.compile(
            "(\\S+) head=(\\d+) hash=([0-9a-f]{64}) keyed-from=(\\d+) on=(\\S+) signature=([0-9a-f]{64})");

    private final AuditKey key;
    private final AuditStore store;
    private final TransactionOperations<Connection> transactions;
    private final Path file;
    private final OlderAuditDetails olderDetails;
    private volatile boolean started;

    AuditCheckpoints(AuditKey key, AuditStore store, TransactionOperations<Connection> transactions,
                     @Value("${socialgov.audit.checkpoint-file:}") String configured, BeanProvider<DataFolder> folder,
                     OlderAuditDetails olderDetails) {
        this.key = key;
        this.olderDetails = olderDetails;
        this.store = store;
        this.transactions = transactions;
        if (!configured.isBlank()) {
            file = Path.of(configured).toAbsolutePath();
        } else if (folder.isPresent()) {
            file = folder.get().path().resolve("audit-checkpoints.log");
        } else {
            throw new StartupProblem("Set SOCIALGOV_AUDIT_CHECKPOINT_FILE to a file outside the database that only SocialGov "
                    + "may write, one per node: with an external database SocialGov cannot choose where to keep the audit "
                    + "trail's checkpoints (see README.md).");
        }
    }

    public Path file() {
        return file;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        warnIfBehindTheLatest();
        // The first checkpoint after older rows' details were removed (decision 0028) records the migration point.
        write(olderDetails.removedAtThisStart() ? "details-removed" : "start-up");
        started = true;
    }

    @Scheduled(fixedDelay = "${socialgov.audit.checkpoint-interval:1h}", initialDelay = "${socialgov.audit.checkpoint-interval:1h}")
    void onSchedule() {
        try {
            write("schedule");
        } catch (RuntimeException e) {
            LOG.error("Could not write the audit checkpoint to {}", file, e);
        }
    }

    /** Only after a start-up checkpoint: the verify-audit command reads the trail and must not vouch for it. */
    @EventListener
    void onShutdown(ShutdownEvent event) {
        if (started) {
            try {
                write("shutdown");
            } catch (RuntimeException e) {
                LOG.error("Could not write the audit checkpoint to {}", file, e);
            }
        }
    }

    /** Appends a signed checkpoint of the head as committed now, and logs it. {@code occasion} is one word. */
    public synchronized void write(String occasion) {
        AuditStore.Head head = transactions.executeRead(status -> store.head());
        String body = Instant.now().truncatedTo(ChronoUnit.MICROS) + " head=" + head.lastId() + " hash=" + head.lastHash()
                + " keyed-from=" + head.keyedFromId() + " on=" + occasion;
        String line = body + " signature=" + key.sign(signed(body));
        OwnerOnlyFiles.appendLine(file, line);
        LOG.info("Audit checkpoint: {}", line);
    }

    /** Every line of the file, oldest first; none if there is no file yet. */
    List<Checkpoint> read() {
        if (!Files.exists(file)) {
            return List.of();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the audit checkpoints in " + file, e);
        }
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                checkpoints.add(parse(i + 1, lines.get(i).strip()));
            }
        }
        return checkpoints;
    }

    private Checkpoint parse(int number, String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return new Checkpoint(number, null, 0, null, 0, null, false);
        }
        String body = line.substring(0, line.lastIndexOf(" signature="));
        boolean signed = MessageDigest.isEqual(key.sign(signed(body)).getBytes(StandardCharsets.US_ASCII),
                matcher.group(6).getBytes(StandardCharsets.US_ASCII));
        try {
            return new Checkpoint(number, Instant.parse(matcher.group(1)), Long.parseLong(matcher.group(2)), matcher.group(3),
                    Long.parseLong(matcher.group(4)), matcher.group(5), signed);
        } catch (DateTimeParseException | NumberFormatException e) {
            return new Checkpoint(number, null, 0, null, 0, null, false);
        }
    }

    /** Kept apart from row hashes, so no row's content can ever pass for a checkpoint. */
    private static String signed(String body) {
        return "socialgov-audit-checkpoint\u001f" + body;
    }

    /** A quick look at start-up; the verifier does the full comparison. */
    private void warnIfBehindTheLatest() {
        List<Checkpoint> checkpoints = read();
        if (checkpoints.isEmpty()) {
            return;
        }
        Checkpoint latest = checkpoints.get(checkpoints.size() - 1);
        AuditStore.Head head = transactions.executeRead(status -> store.head());
        if (latest.signed() && head.lastId() < latest.headId()) {
            LOG.error("The audit trail ends at row {}, but the checkpoint of {} recorded it up to row {}: rows may have been "
                    + "removed. Internal audit should check the trail (verify-audit).", head.lastId(), latest.at(), latest.headId());
        }
    }
}
