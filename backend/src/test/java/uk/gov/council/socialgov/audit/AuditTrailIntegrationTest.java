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
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The audit trail records who did what to which case, from where, in the same transaction as the
 * change; it refuses edits, and the verifier finds an edit made behind its back.
 */
@MicronautTest(transactional = false)
class AuditTrailIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Inject AuditTrail trail;
    @Inject AuditVerifier verifier;
    @Inject ApplicationContext context;
    @Inject TestDatabase database;
    @Inject CaseExclusions exclusions;

    @Test
    void changesAndReadsOfACaseAreRecordedWithWhoWhatAndWhere() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Response created = priya.post("/api/account-requests", SampleRequests.accountRequest());
        String reference = created.json().get("reference").getStringValue();
        priya.get("/api/account-requests/" + created.json().get("id").getStringValue());

        ApiSession linda = ApiSession.signedIn(server, json, "linda.price");
        Response found = linda.get("/api/audit?caseReference=" + reference);

        assertThat(found.status()).isEqualTo(200);
        List<String> actions = new ArrayList<>();
        found.json().get("items").values().forEach(item -> {
            actions.add(item.get("action").getStringValue());
            assertThat(item.get("actor").getStringValue()).isEqualTo("priya.shah");
            assertThat(item.get("sourceAddress").getStringValue()).isEqualTo("127.0.0.1");
            assertThat(item.get("caseType").getStringValue()).isEqualTo("account-request");
        });
        assertThat(actions).containsExactly("ACCOUNT_REQUEST_VIEWED", "ACCOUNT_REQUEST_SUBMITTED");
    }

    @Test
    void signInsAndFailuresAreRecorded() {
        ApiSession.anonymous(server, json).post("/api/auth/login",
                java.util.Map.of("username", "jo.evans", "password", "not her password"));
        ApiSession.signedIn(server, json, "jo.evans");

        Response found = ApiSession.signedIn(server, json, "linda.price").get("/api/audit?person=jo.evans");

        List<String> actions = new ArrayList<>();
        found.json().get("items").values().forEach(item -> actions.add(item.get("action").getStringValue()));
        assertThat(actions).containsSubsequence("SIGNED_IN", "SIGN_IN_FAILED");
    }

    @Test
    void aRolledBackChangeLeavesNoAuditRow() {
        long before = rows();
        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            trail.record(AuditEvent.of("SOMETHING_DONE", "then undone"), "sam.patel", null);
            throw new IllegalStateException("the change failed");
        })).hasMessage("the change failed");
        assertThat(rows()).isEqualTo(before);
    }

    @Test
    void theApplicationsDatabaseRoleCannotChangeRemoveOrUnprotectTheTrail() {
        trail.record(AuditEvent.of("SOMETHING_DONE", "kept"), "sam.patel", null);
        assertThatThrownBy(() -> sql("update audit_event set detail = 'rewritten'")).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> sql("delete from audit_event")).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> sql("truncate audit_event")).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> sql("alter table audit_event disable trigger audit_event_append_only"))
                .hasStackTraceContaining("must be owner of table audit_event");
        assertThatThrownBy(() -> sql("set session_replication_role = replica; delete from audit_event"))
                .hasStackTraceContaining("permission denied to set parameter");
        assertThatThrownBy(() -> sql("delete from audit_head")).hasStackTraceContaining("permission denied");
        assertThatThrownBy(() -> sql("update audit_head set last_id = last_id - 1"))
                .hasStackTraceContaining("The audit trail's head only moves forward");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void theTriggerStillRefusesChangesFromTheSchemasOwner() {
        trail.record(AuditEvent.of("SOMETHING_DONE", "kept"), "sam.patel", null);
        assertThatThrownBy(() -> database.executeAsSuperuser("update audit_event set detail = 'rewritten'"))
                .hasStackTraceContaining("The audit trail is append-only");
        assertThatThrownBy(() -> database.executeAsSuperuser("delete from audit_event"))
                .hasStackTraceContaining("The audit trail is append-only");
        assertThatThrownBy(() -> database.executeAsSuperuser("truncate audit_event"))
                .hasStackTraceContaining("The audit trail is append-only");
    }

    @Test
    void theVerifierFindsARowEditedBehindTheTriggersBack() {
        trail.record(AuditEvent.of("SOMETHING_DONE", "first"), "sam.patel", null);
        trail.record(AuditEvent.of("SOMETHING_DONE", "second"), "sam.patel", null);
        trail.record(AuditEvent.of("SOMETHING_DONE", "third"), "sam.patel", null);
        assertThat(verifier.verify().intact()).isTrue();
        long second = transactions.executeRead(status -> jdbc.prepareStatement(
                "select id from audit_event where detail = 'second'", s -> {
                    try (ResultSet r = s.executeQuery()) {
                        r.next();
                        return r.getLong(1);
                    }
                }));

        // Someone with the database's superuser rights switches the trigger off and rewrites history.
        database.executeAsSuperuser("alter table audit_event disable trigger audit_event_append_only;"
                + " update audit_event set actor = 'someone.else' where id = " + second + ";"
                + " alter table audit_event enable trigger audit_event_append_only");

        AuditVerifier.Verification result = verifier.verify();
        assertThat(result.intact()).isFalse();
        assertThat(result.firstBrokenId()).isEqualTo(second);
        assertThat(result.message()).isEqualTo("Row " + second + " has been changed since it was written.");

        Response overHttp = ApiSession.signedIn(server, json, "linda.price").get("/api/audit/verification");
        assertThat(overHttp.json().get("intact").getBooleanValue()).isFalse();
        assertThat(overHttp.json().get("firstBrokenId").getLongValue()).isEqualTo(second);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        assertThat(AuditVerifierCommand.run(context, new PrintStream(printed, true, StandardCharsets.UTF_8))).isEqualTo(2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("Row " + second + " has been changed since it was written.");

        database.executeAsSuperuser("alter table audit_event disable trigger audit_event_append_only;"
                + " update audit_event set actor = 'sam.patel' where id = " + second + ";"
                + " alter table audit_event enable trigger audit_event_append_only");
        assertThat(verifier.verify().intact()).isTrue();
    }

    @Test
    void auditorsExportCsvWithFormulaCellsDefused() {
        // No web address: a detail never holds one (decision 0028), but a formula can still reach a cell, e.g. in an account's name.
        trail.record(AuditEvent.of("SOMETHING_DONE", "=HYPERLINK(\"evil.example\")"), "sam.patel", null);
        Response csv = ApiSession.signedIn(server, json, "linda.price").get("/api/audit/export.csv?person=sam.patel");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst()).contains(
                "id,occurred_at,actor,on_behalf_of,action,case_type,case_id,case_reference,detail,source_address,previous_hash,row_hash");
        assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"evil.example\"\")\"").doesNotContain(",=HYPERLINK");
    }

    @Test
    void anAuditorExcludedFromACaseSeesNoneOfItsRowsInSearchOrExport() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Response created = priya.post("/api/account-requests", SampleRequests.accountRequest());
        String id = created.json().get("id").getStringValue();
        String reference = created.json().get("reference").getStringValue();
        ApiSession linda = ApiSession.signedIn(server, json, "linda.price");
        assertThat(linda.get("/api/audit?caseReference=" + reference).json().get("total").getLongValue()).isPositive();

        transactions.executeWrite(status -> {
            exclusions.excludeInvolved("account-request", id, "linda.price", "Her partner made the request", "chris.lee");
            return null;
        });

        Response byCase = linda.get("/api/audit?caseReference=" + reference);
        assertThat(byCase.status()).isEqualTo(200);
        assertThat(byCase.json().get("items").size()).isZero();
        assertThat(byCase.json().get("total").getLongValue()).isZero();
        Response byPerson = linda.get("/api/audit?person=priya.shah&size=200");
        byPerson.json().get("items").values().forEach(item ->
                assertThat(item.get("caseId") == null || item.get("caseId").isNull() ? null : item.get("caseId").getStringValue()).isNotEqualTo(id));
        assertThat(byPerson.body()).doesNotContain(reference);
        Response csvByCase = linda.get("/api/audit/export.csv?caseReference=" + reference);
        assertThat(csvByCase.status()).isEqualTo(200);
        assertThat(csvByCase.body().lines().count()).isEqualTo(1); // the header only
        assertThat(linda.get("/api/audit/export.csv?person=priya.shah").body()).doesNotContain(reference).doesNotContain(id);
    }

    @Test
    void aLongForwardedForHeaderNeitherFailsTheRequestNorReplacesThePeerAddress() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        List<Response> created = new ArrayList<>();
        for (String forwardedFor : List.of("203.0.113.7", "203.0.113." + "7".repeat(200), "203.0.113." + "7".repeat(10_000))) {
            Response response = priya.post("/api/account-requests", SampleRequests.accountRequest(), java.util.Map.of("X-Forwarded-For", forwardedFor));
            assertThat(response.status()).as(response.body()).isEqualTo(201);
            created.add(response);
        }

        ApiSession linda = ApiSession.signedIn(server, json, "linda.price");
        for (Response request : created) {
            Response found = linda.get("/api/audit?caseReference=" + request.json().get("reference").getStringValue());
            assertThat(found.json().get("items").size()).isPositive();
            found.json().get("items").values().forEach(item ->
                    assertThat(item.get("sourceAddress").getStringValue()).isEqualTo("127.0.0.1"));
        }
    }

    @Test
    void badDatesAreNamed() {
        Response response = ApiSession.signedIn(server, json, "linda.price").get("/api/audit?from=2026-02-31&to=yesterday");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"to\"");
    }

    private long rows() {
        return transactions.executeRead(status -> jdbc.prepareStatement("select count(*) from audit_event", s -> {
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }));
    }

    private void sql(String statement) {
        transactions.executeWrite(status -> {
            jdbc.prepareStatement(statement, s -> s.execute());
            return null;
        });
    }
}
