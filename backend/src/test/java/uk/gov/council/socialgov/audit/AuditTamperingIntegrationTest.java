package uk.gov.council.socialgov.audit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.database.TestDatabase;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What someone who reaches the database behind the application's back can do to the trail, and
 * what the keyed chain and the checkpoints kept outside the database find. Each test tampers with
 * its own database (the context is rebuilt for every test).
 */
@MicronautTest(transactional = false, rebuildContext = true)
class AuditTamperingIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Inject AuditTrail trail;
    @Inject AuditVerifier verifier;
    @Inject AuditCheckpoints checkpoints;
    @Inject ApplicationContext context;
    @Inject TestDatabase database;

    @Test
    void aRowEditedAndRehashedWithPlainSha256IsNamed() throws Exception {
        record("first", "second", "third");
        long second = id("second");
        assertThat(verifier.verify().intact()).isTrue();

        // Without the key, the best an attacker can do is recompute plain SHA-256 down the chain.
        try (Connection superuser = database.connectAsSuperuser()) {
            ChainRewriter.rewrite(superuser, "update audit_event set actor = 'someone.else' where id = " + second,
                    second, ChainRewriter::sha256);
        }

        AuditVerifier.Verification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(second);
        assertThat(result.message()).isEqualTo("Row " + second + " has been changed since it was written.");
        assertThat(verifyCommand()).contains("Row " + second + " has been changed since it was written.");
    }

    @Test
    void movingTheKeyedBoundaryCannotPassRewrittenRowsOffAsOldOnes() throws Exception {
        record("first", "second");
        long second = id("second");

        // The attacker claims every row predates the key, so that plain SHA-256 would pass.
        try (Connection superuser = database.connectAsSuperuser()) {
            ChainRewriter.rewrite(superuser, "update audit_head set keyed_from_id = last_id + 1;"
                    + " update audit_event set actor = 'someone.else' where id = " + second, second, ChainRewriter::sha256);
        }

        AuditVerifier.Verification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(second);
        assertThat(result.message()).isEqualTo("Row " + second + " has been changed since it was written.");
    }

    @Test
    void rewritingTheChainEvenWithAStolenKeyIsFoundAgainstTheCheckpoint() throws Exception {
        record("first", "second", "third");
        checkpoints.write("test");
        long second = id("second");
        long third = id("third");
        byte[] stolen = Files.readString(database.folder().resolve("secrets/audit.key")).strip().getBytes(StandardCharsets.UTF_8);

        try (Connection superuser = database.connectAsSuperuser()) {
            ChainRewriter.rewrite(superuser, "update audit_event set actor = 'someone.else' where id = " + second,
                    second, ChainRewriter.hmac(stolen));
        }

        AuditVerifier.Verification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(third);
        assertThat(result.message()).startsWith("Row " + third + " no longer matches the checkpoint of ")
                .endsWith(": the trail up to it was rewritten.");
    }

    @Test
    void removingTheTailAndRollingTheHeadBackIsFoundAgainstTheCheckpoint() throws Exception {
        record("one", "two", "three", "four");
        checkpoints.write("test");
        long two = id("two");
        long four = id("four");

        // The superuser deletes the last rows and moves the head back, so the chain and head agree.
        database.executeAsSuperuser("set session_replication_role = replica;"
                + " delete from audit_event where id > " + two + ";"
                + " update audit_head set last_id = " + two + ", last_hash = (select row_hash from audit_event where id = " + two + ");"
                + " set session_replication_role = origin");

        AuditVerifier.Verification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(two + 1);
        assertThat(result.message()).startsWith("The checkpoint of ")
                .endsWith(" recorded the trail up to row " + four + ", but it now ends at row " + two
                        + ": rows were removed from the end.");
        assertThat(verifyCommand()).contains("rows were removed from the end");

        // Signing in appends rows after the gap, which the checkpoint still finds.
        Response overHttp = ApiSession.signedIn(server, json, "linda.price").get("/api/audit/verification");
        assertThat(overHttp.json().get("intact").getBooleanValue()).isFalse();
        assertThat(overHttp.json().get("firstBrokenId").getLongValue()).isEqualTo(four);
        assertThat(overHttp.json().get("message").getStringValue()).startsWith("Row " + four + ", recorded in the checkpoint of ")
                .endsWith(", is missing: rows were removed.");
    }

    @Test
    void aCheckpointForgedWithoutTheKeyIsReported() throws Exception {
        record("one");
        checkpoints.write("test");
        List<String> lines = Files.readAllLines(checkpoints.file());
        String latest = lines.get(lines.size() - 1);
        // Someone with access to the file lowers the head in the latest checkpoint, but cannot re-sign it.
        String forged = latest.replaceFirst(" head=\\d+ ", " head=1 ");
        assertThat(forged).isNotEqualTo(latest);
        Files.writeString(checkpoints.file(), forged + "\n", StandardOpenOption.APPEND);

        AuditVerifier.Verification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.message()).isEqualTo("Line " + (lines.size() + 1) + " of the checkpoint file " + checkpoints.file()
                + " is not signed with the audit key: the file was altered, or the key is not the one this trail was written with.");
    }

    @Test
    void theKeyAndTheCheckpointsAreKeptOwnerOnlyBesideTheDatabase() throws Exception {
        record("one");
        checkpoints.write("test");
        Path key = database.folder().resolve("secrets/audit.key");
        assertThat(Files.getPosixFilePermissions(key.getParent())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(key)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(checkpoints.file()).isEqualTo(database.folder().resolve("audit-checkpoints.log"));
        assertThat(Files.getPosixFilePermissions(checkpoints.file())).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        List<String> lines = Files.readAllLines(checkpoints.file());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).contains(" on=start-up ");
        assertThat(lines.get(1)).contains(" head=" + id("one") + " ").contains(" on=test ");
        AuditVerifier.Verification result = verifier.verify();
        assertThat(result.intact()).isTrue();
        assertThat(result.checkpoints()).isEqualTo(2);
    }

    private void record(String... details) {
        for (String detail : details) {
            trail.record(AuditEvent.of("SOMETHING_DONE", detail), "sam.patel", null);
        }
    }

    private long id(String detail) {
        return transactions.executeRead(status -> jdbc.prepareStatement("select id from audit_event where detail = ?", s -> {
            s.setString(1, detail);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }));
    }

    private String verifyCommand() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(AuditVerifierCommand.run(context, new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(2);
        return printed.toString(StandardCharsets.UTF_8);
    }
}
