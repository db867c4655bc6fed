package uk.gov.council.socialgov.audit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.database.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Rows written before decision 0028 with case content in their details, some plain-hashed from before the
 * chain was keyed and some keyed: upgrading removes the content without re-chaining, so every hash and the
 * checkpoint written before the upgrade still match, each changed row is sealed with the key, a chained row
 * marks the migration point, and the first checkpoint after it says so.
 */
class OlderAuditDetailsIntegrationTest {

    private static final String KEY = "a test key of more than thirty-two characters for 0028";
    private static final String GENESIS = "0".repeat(64);
    private static final String SHA = "ab".repeat(32);
    private static final String MARKER = "Zq7Marker";

    @Test
    void olderDetailsLoseTheirCaseContentAndTheChainStillVerifies() throws Exception {
        String name = TestDatabase.createDatabase();
        FluentConfiguration migrations = Flyway.configure()
                .dataSource(TestDatabase.server().jdbcUrl(name), TestDatabase.server().superuser(), TestDatabase.server().superuserPassword())
                .locations("classpath:db/migration", "classpath:uk/gov/council/socialgov/workflow/schema")
                .placeholders(Map.of("app_role", TestDatabase.server().appUsername()));
        migrations.target(versionBefore(migrations.load(), "keyed audit chain")).load().migrate();
        Chain chain = new Chain(name);
        chain.append("LEGAL_HOLD_PLACED", "Their solicitor asked us to keep it " + MARKER, ChainRewriter::sha256);
        chain.append("TASK_COMPLETED", "Triage the report", ChainRewriter::sha256);
        migrations.target(versionBefore(migrations.load(), "audit details without case content")).load().migrate();
        UnaryOperator<String> keyed = ChainRewriter.hmac(KEY.getBytes(StandardCharsets.UTF_8));
        chain.append("EVIDENCE_ADDED", "Post 1 on Facebook, https://facebook.example/posts/" + MARKER, keyed);
        chain.append("EVIDENCE_FILE_ADDED", "Post 1: " + MARKER + "-screenshot.png (SHA-256 " + SHA + ")", keyed);
        chain.append("CASE_DOCUMENT_ADDED", MARKER + " letter.pdf (SHA-256 " + SHA + ")", keyed);
        chain.append("CASE_EXCLUSION_ADDED", "sam.patel: " + MARKER + " is her brother", keyed);
        chain.append("ACCOUNT_REQUEST_APPROVED", "Looks fine " + MARKER, keyed);
        chain.append("ACCOUNT_REQUEST_SUBMITTED", MARKER + " Parks on Facebook", keyed);
        chain.append("AUDIT_SEARCHED", "person=" + MARKER + " Smith, case=null, from=null, to=null", keyed);
        chain.append("SIGNED_IN", "oidc: groups=[staff]", keyed);
        List<String> hashesBefore = chain.hashes;
        Path checkpoints = Files.createTempDirectory("socialgov-audit-0028").resolve("checkpoints.log");
        String body = "2026-12-01T09:00:00Z head=" + chain.lastId + " hash=" + chain.previous + " keyed-from=3 on=schedule";
        Files.writeString(checkpoints, body + " signature=" + keyed.apply("socialgov-audit-checkpoint\u001f" + body) + "\n");

        try (ApplicationContext context = ApplicationContext.builder().environments(Environment.TEST)
                .properties(Map.of("socialgov.test.database", name, "socialgov.demo-data.enabled", "false",
                        "socialgov.audit.key", KEY, "socialgov.audit.checkpoint-file", checkpoints.toString())).start();
             Connection superuser = context.getBean(TestDatabase.class).connectAsSuperuser()) {
            Map<String, String> details = new LinkedHashMap<>();
            for (Map<String, String> row : rows(superuser)) {
                details.put(row.get("action"), row.get("detail"));
                row.values().forEach(value -> assertThat(value == null ? "" : value.toLowerCase(Locale.ROOT))
                        .doesNotContain(MARKER.toLowerCase(Locale.ROOT)));
            }
            assertThat(details).containsExactly(
                    Map.entry("LEGAL_HOLD_PLACED", AuditDetail.REMOVED),
                    Map.entry("TASK_COMPLETED", "Triage the report"),
                    Map.entry("EVIDENCE_ADDED", "Post 1 on Facebook"),
                    Map.entry("EVIDENCE_FILE_ADDED", "Post 1: file (SHA-256 " + SHA + ")"),
                    Map.entry("CASE_DOCUMENT_ADDED", "Document (SHA-256 " + SHA + ")"),
                    Map.entry("CASE_EXCLUSION_ADDED", "sam.patel"),
                    Map.entry("ACCOUNT_REQUEST_APPROVED", AuditDetail.REMOVED),
                    Map.entry("ACCOUNT_REQUEST_SUBMITTED", "An account on Facebook"),
                    Map.entry("AUDIT_SEARCHED", "person=(other text, not recorded), case=null, from=null, to=null"),
                    Map.entry("SIGNED_IN", "oidc: groups=[staff]"),
                    Map.entry(OlderAuditDetails.ACTION, details.get(OlderAuditDetails.ACTION)));
            assertThat(details.get(OlderAuditDetails.ACTION)).matches("Rows 1 to 10 checked: 8 details replaced; seals SHA-256 [0-9a-f]{64}");
            assertThat(column(superuser, "select row_hash from audit_event where id <= 10 order by id")).isEqualTo(hashesBefore);
            assertThat(column(superuser, "select id::text as row_id from audit_event where detail_seal is null order by id"))
                    .containsExactly("2", "10", "11");

            AuditVerifier verifier = context.getBean(AuditVerifier.class);
            AuditVerifier.Verification upgraded = verifier.verify();
            assertThat(upgraded.intact()).as(upgraded.message()).isTrue();
            assertThat(upgraded.checkedRows()).isEqualTo(11);
            assertThat(upgraded.checkpoints()).isEqualTo(1);

            context.getBean(AuditCheckpoints.class).onServerStarted(null);
            List<String> lines = Files.readAllLines(checkpoints);
            assertThat(lines).hasSize(2);
            assertThat(lines.get(1)).contains(" head=11 ").contains(" on=details-removed ");
            assertThat(verifier.verify().intact()).isTrue();

            // The exception in the trigger is for that migration alone: the owner cannot change a detail either.
            assertThatThrownBy(() -> superuser.createStatement().execute("update audit_event set detail = 'Edited' where id = 2"))
                    .hasMessageContaining("append-only");
            // Someone with the key who re-seals an older row with new content is found: the migration point recorded every seal.
            String content = ChainRewriter.content(3, Instant.parse("2026-01-05T09:00:00.123456Z").plusSeconds(3), "sam.patel", null,
                    "EVIDENCE_ADDED", "breach", "c1", "BR-2026-0001", "Post 2 on Facebook", "127.0.0.1", hashesBefore.get(1));
            String forged = keyed.apply("socialgov-audit-detail-removed\u001f" + content + "\u001f" + hashesBefore.get(2));
            ChainRewriter.rewrite(superuser, "update audit_event set detail = 'Post 2 on Facebook', detail_seal = '" + forged
                    + "' where id = 3", 1, 0, ChainRewriter::sha256);
            AuditVerifier.Verification resealed = verifier.verify();
            assertThat(resealed.intact()).isFalse();
            assertThat(resealed.firstBrokenId()).isEqualTo(11);
            assertThat(resealed.message()).isEqualTo("The seals of the rows before row 11 do not match the ones it recorded when older "
                    + "details were removed: a row's detail was changed after that.");

            // Someone who edits a sealed row behind the trigger's back is found: the seal no longer matches.
            ChainRewriter.rewrite(superuser, "update audit_event set detail = 'Nothing happened' where id = 1", 1, 0, ChainRewriter::sha256);
            AuditVerifier.Verification tampered = verifier.verify();
            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.firstBrokenId()).isEqualTo(1);
            assertThat(tampered.message()).isEqualTo("Row 1 has been changed since its detail was removed.");
        }
    }

    @Test
    void eachKindOfOlderDetailKeepsOnlyWhatIsSafe() {
        assertThat(OlderAuditDetails.clean("HARASSMENT_REOPENED", "They feel unsafe again")).isEqualTo(AuditDetail.REMOVED);
        assertThat(OlderAuditDetails.clean("TASK_HANDED_OVER", "Triage the report: to sam.patel")).isEqualTo("Triage the report: to sam.patel");
        assertThat(OlderAuditDetails.clean("AUTHORISED_USER_ADDED",
                "jo.evans may post from Parks on Facebook from 2026-01-05: covering the summer (register import)"))
                .isEqualTo("jo.evans may post from Parks on Facebook from 2026-01-05 (register import)");
        assertThat(OlderAuditDetails.clean("AUTHORISED_USER_ENDED", "jo.evans may post from Parks on X until 2026-02-01: left the team"))
                .isEqualTo("jo.evans may post from Parks on X until 2026-02-01");
        assertThat(OlderAuditDetails.clean("ACCOUNT_CLOSED", "Nobody posts any more (2 authorised users ended)"))
                .isEqualTo("2 authorised users ended");
        assertThat(OlderAuditDetails.clean("ACCOUNT_INACTIVITY_EXPLAINED", "On leave. Recommends closing it."))
                .isEqualTo("Recommends closing it");
        assertThat(OlderAuditDetails.clean("ACCESS_EXTENDED", "until 5 March 2027: still covering")).isEqualTo("until 5 March 2027");
        assertThat(OlderAuditDetails.clean("SIGNED_IN", "see https://example.org")).isEqualTo(AuditDetail.REMOVED);
        assertThat(OlderAuditDetails.clean("LEGAL_HOLD_PLACED", null)).isNull();
    }

    /** Rows written as older versions wrote them, straight into the table as the owner, chained by hand. */
    private static final class Chain {
        private final String database;
        private final List<String> hashes = new ArrayList<>();
        private String previous = GENESIS;
        private long lastId;

        Chain(String database) {
            this.database = database;
        }

        void append(String action, String detail, UnaryOperator<String> hash) throws SQLException {
            try (Connection owner = DriverManager.getConnection(TestDatabase.server().jdbcUrl(database),
                    TestDatabase.server().superuser(), TestDatabase.server().superuserPassword());
                 PreparedStatement insert = owner.prepareStatement("""
                         insert into audit_event (id, occurred_at, actor, action, case_type, case_id, case_reference, detail,
                                                  source_address, previous_hash, row_hash)
                         values (?, ?, 'sam.patel', ?, 'breach', 'c1', 'BR-2026-0001', ?, '127.0.0.1', ?, ?)""");
                 PreparedStatement head = owner.prepareStatement("update audit_head set last_id = ?, last_hash = ? where id = 1")) {
                long id = lastId + 1;
                try (ResultSet next = owner.createStatement().executeQuery("select nextval('audit_event_id_seq')")) {
                    next.next();
                    assertThat(next.getLong(1)).isEqualTo(id);
                }
                Instant at = Instant.parse("2026-01-05T09:00:00.123456Z").plusSeconds(id);
                String rowHash = hash.apply(ChainRewriter.content(id, at, "sam.patel", null, action, "breach", "c1", "BR-2026-0001",
                        detail, "127.0.0.1", previous));
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(at));
                insert.setString(3, action);
                insert.setString(4, detail);
                insert.setString(5, previous);
                insert.setString(6, rowHash);
                insert.executeUpdate();
                head.setLong(1, id);
                head.setString(2, rowHash);
                head.executeUpdate();
                hashes.add(rowHash);
                previous = rowHash;
                lastId = id;
            }
        }
    }

    /** The last migration before the one named, found by name so renumbering cannot break this test. */
    private static String versionBefore(Flyway flyway, String description) {
        List<MigrationInfo> all = Arrays.stream(flyway.info().all()).filter(m -> m.getVersion() != null).toList();
        MigrationVersion previous = null;
        for (MigrationInfo migration : all) {
            if (migration.getDescription().equals(description)) {
                assertThat(previous).isNotNull();
                return previous.getVersion();
            }
            previous = migration.getVersion();
        }
        throw new AssertionError("No migration named " + description);
    }

    private static List<Map<String, String>> rows(Connection connection) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (ResultSet r = connection.createStatement().executeQuery("select * from audit_event order by id")) {
            ResultSetMetaData columns = r.getMetaData();
            while (r.next()) {
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    row.put(columns.getColumnName(i), r.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static List<String> column(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
