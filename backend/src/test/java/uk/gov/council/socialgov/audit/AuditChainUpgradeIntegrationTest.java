package uk.gov.council.socialgov.audit;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.database.TestDatabase;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database that already holds audit rows from before the chain was keyed: those rows keep their
 * plain SHA-256 and stay verifiable; rows from the upgrade on are keyed, and the first keyed row
 * anchors every older row, so rewriting the old rows is found even without the key.
 */
class AuditChainUpgradeIntegrationTest {

    private static final String GENESIS = "0".repeat(64);

    @Test
    void rowsWrittenBeforeTheUpgradeStayVerifiableAndTheFirstKeyedRowAnchorsThem() throws Exception {
        String name = TestDatabase.createDatabase();
        FluentConfiguration migrations = Flyway.configure()
                .dataSource(TestDatabase.server().jdbcUrl(name), TestDatabase.server().superuser(), TestDatabase.server().superuserPassword())
                .locations("classpath:db/migration", "classpath:uk/gov/council/socialgov/workflow/schema")
                .placeholders(Map.of("app_role", TestDatabase.server().appUsername()));
        migrations.target(versionBeforeTheKeyedChain(migrations.load())).load().migrate();
        List<String> legacyHashes = writeLegacyRows(name, 3);

        try (ApplicationContext context = ApplicationContext.builder().environments(Environment.TEST)
                .properties(Map.of("socialgov.test.database", name, "socialgov.demo-data.enabled", "false")).start()) {
            AuditTrail trail = context.getBean(AuditTrail.class);
            AuditVerifier verifier = context.getBean(AuditVerifier.class);
            trail.record(AuditEvent.of("SOMETHING_DONE", "after the upgrade"), "sam.patel", null);
            trail.record(AuditEvent.of("SOMETHING_DONE", "and again"), "sam.patel", null);

            AuditVerifier.Verification result = verifier.verify();
            assertThat(result.intact()).as(result.message()).isTrue();
            // the three older rows, the row recording that their details were checked (decision 0028), and two new ones
            assertThat(result.checkedRows()).isEqualTo(6);
            try (Connection superuser = context.getBean(TestDatabase.class).connectAsSuperuser()) {
                List<String> hashes = column(superuser, "select row_hash from audit_event order by id");
                assertThat(hashes.subList(0, 3)).isEqualTo(legacyHashes);
                assertThat(column(superuser, "select keyed_from_id::text from audit_head")).containsExactly("4");
                assertThat(column(superuser, "select action from audit_event where id = 4")).containsExactly(OlderAuditDetails.ACTION);
                // rows from the upgrade on are not plain SHA-256 of their content
                assertThat(hashes.get(3)).isNotEqualTo(plainHashOfRow(superuser, 4));

                // An attacker without the key rewrites an old row and recomputes the old rows' plain hashes.
                ChainRewriter.rewrite(superuser, "update audit_event set actor = 'someone.else' where id = 2", 2, 3, ChainRewriter::sha256);
            }
            AuditVerifier.Verification tampered = verifier.verify();
            assertThat(tampered.intact()).isFalse();
            assertThat(tampered.firstBrokenId()).isEqualTo(4);
            assertThat(tampered.message()).isEqualTo("Row 4 does not follow row 3: a row before it was removed or changed.");
        }
    }

    /** The last migration before the one that keys the chain, found by name so renumbering cannot break this test. */
    private static String versionBeforeTheKeyedChain(Flyway flyway) {
        List<MigrationInfo> all = Arrays.stream(flyway.info().all()).filter(m -> m.getVersion() != null).toList();
        MigrationVersion previous = null;
        for (MigrationInfo migration : all) {
            if (migration.getDescription().equals("keyed audit chain")) {
                assertThat(previous).isNotNull();
                return previous.getVersion();
            }
            previous = migration.getVersion();
        }
        throw new AssertionError("No migration named keyed_audit_chain");
    }

    private static List<String> writeLegacyRows(String database, int count) throws Exception {
        List<String> hashes = new ArrayList<>();
        try (Connection superuser = java.sql.DriverManager.getConnection(TestDatabase.server().jdbcUrl(database),
                TestDatabase.server().superuser(), TestDatabase.server().superuserPassword());
             PreparedStatement insert = superuser.prepareStatement("""
                     insert into audit_event (id, occurred_at, actor, action, detail, source_address, previous_hash, row_hash)
                     values (nextval('audit_event_id_seq'), ?, 'sam.patel', 'TASK_COMPLETED', ?, '127.0.0.1', ?, ?)""");
             PreparedStatement head = superuser.prepareStatement("update audit_head set last_id = ?, last_hash = ? where id = 1")) {
            String previous = GENESIS;
            for (int id = 1; id <= count; id++) {
                Instant at = Instant.parse("2026-01-05T09:00:00.123456Z").plusSeconds(id);
                // A kind of event whose details never held case content, so the upgrade keeps them (decision 0028).
                String hash = ChainRewriter.sha256(ChainRewriter.content(id, at, "sam.patel", null, "TASK_COMPLETED",
                        null, null, null, "before the upgrade " + id, "127.0.0.1", previous));
                insert.setTimestamp(1, Timestamp.from(at));
                insert.setString(2, "before the upgrade " + id);
                insert.setString(3, previous);
                insert.setString(4, hash);
                insert.executeUpdate();
                hashes.add(hash);
                previous = hash;
            }
            head.setLong(1, count);
            head.setString(2, previous);
            head.executeUpdate();
        }
        return hashes;
    }

    private static String plainHashOfRow(Connection connection, long id) throws Exception {
        try (PreparedStatement select = connection.prepareStatement("select * from audit_event where id = ?")) {
            select.setLong(1, id);
            try (ResultSet r = select.executeQuery()) {
                r.next();
                return ChainRewriter.sha256(ChainRewriter.content(id, r.getTimestamp("occurred_at").toInstant(), r.getString("actor"),
                        r.getString("on_behalf_of"), r.getString("action"), r.getString("case_type"), r.getString("case_id"),
                        r.getString("case_reference"), r.getString("detail"), r.getString("source_address"), r.getString("previous_hash")));
            }
        }
    }

    private static List<String> column(Connection connection, String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = connection.createStatement().executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
