package uk.gov.council.socialgov.registry;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.testing.Problems;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import uk.gov.council.socialgov.testing.Rows;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The council's existing register from CSV: every bad row reported with its line and nothing
 * changed; a good file previewed, then applied exactly as shown; the same file again changes nothing;
 * a preview the registry has moved on from, or one applied already, is refused with 409.
 */
@MicronautTest(transactional = false)
class RegisterImportIntegrationTest {

    private static final String HEADINGS = "Platform,Handle,Name,URL,Department,Kind,Campaign end date,Owner,Authorised users,"
            + "Authorised from,First recorded\n";
    private static final String BUILDING_CONTROL = "6d1f0a52-0c55-4b5e-9d1a-000000000008";
    private static final String PARTNERSHIP = "6d1f0a52-0c55-4b5e-9d1a-000000000009";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    private ApiSession alex;

    @BeforeEach
    void comms() {
        alex = ApiSession.signedIn(server, json, "alex.morgan");
    }

    @Test
    void everyBadRowIsReportedWithItsLineAndNothingChanges() {
        String csv = HEADINGS
                + "Facebook,@ccdc_leisure,Chase Leisure Centre,https://www.facebook.com/ccdc_leisure,Leisure,departmental,,priya.shah,"
                + "jo.evans,2023-05-01,\n"
                + "MySpace,@ccdc_old,Old account,,Leisure,departmental,,,,,\n"
                + "X,,No handle,,Leisure,departmental,,,,,\n"
                + "X,@ccdc_fair,Chase Fair,,Leisure,campaign,31/02/2027,,,,\n"
                + "X,@ccdc_walks,Chase Walks,,Countryside Service,departmental,,no.such.owner,jo.evans;nobody.else,01/05/2023,\n"
                + "X,@ccdc_runs,Chase Runs,,Countryside Service,departmental,,,jo.evans,,\n"
                + "facebook,@CCDC_LEISURE,Chase Leisure again,,Leisure,corporate,,,,,\n";

        Response refused = alex.postText("/api/registry/imports", "text/csv", csv);

        assertThat(Problems.messages(refused)).containsExactly(
                "rows[3]: Line 3: \u201cMySpace\u201d is not a platform the registry knows",
                "rows[4]: Line 4: enter the account's handle",
                "rows[5]: Line 5: enter the date the campaign ends like 2026-11-27 or 27/11/2026",
                "rows[6]: Line 6: the owner no.such.owner is not in the organisation directory, or has left",
                "rows[6]: Line 6: the authorised user nobody.else is not in the organisation directory, or has left",
                "rows[7]: Line 7: enter the authorised from date of the authorised users",
                "rows[8]: Line 8: @CCDC_LEISURE on Facebook is also on line 2");
        assertThat(count("select count(*) from social_account where lower(handle) like '@ccdc_leisure%'")).isZero();
        assertThat(count("select count(*) from csv_upload where kind = 'REGISTER' and csv like '%@ccdc_walks%'")).isZero();
        assertThat(Problems.fields(alex.postText("/api/registry/imports", "text/csv", "Platform,Handle\nX,@a\n"))).containsExactly("file");
        assertThat(Problems.fields(alex.postText("/api/registry/imports", "text/csv", HEADINGS))).containsExactly("file");
    }

    @Test
    void aRegisterIsPreviewedThenAppliedAsShownAndImportingItAgainChangesNothing() {
        String csv = "\uFEFF" + HEADINGS
                + "Facebook,@ChaseLeisure,Chase Leisure Centre,https://www.facebook.com/ChaseLeisure,Leisure,Departmental,,priya.shah,"
                + "jo.evans; tom.hughes,27/11/2023,14/03/2019\n"
                + "Instagram,@chasefestival,Chase Festival 2027,,Events,campaign,2027-08-31,,sam.patel,2026-01-05,\n"
                + "X (Twitter),@CCDC_SBC,Building Control (Cannock Chase and Stafford),https://x.com/ccdc_sbc,Building Control,departmental,,"
                + "tom.hughes,tom.hughes;jo.evans,2024-02-01,\n";

        Response preview = alex.postText("/api/registry/imports", "text/csv", csv);

        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        JsonNode changes = preview.json().get("changes");
        assertThat(changes.get("accounts").getIntValue()).isEqualTo(3);
        assertThat(texts(changes.get("newAccounts"), "handle")).containsExactly("@ChaseLeisure", "@chasefestival");
        assertThat(texts(changes.get("changed"), "handle")).containsExactly("@CCDC_SBC");
        assertThat(texts(changes.get("changed").get(0).get("what"), null)).containsExactly("handle", "name");
        assertThat(texts(changes.get("owners"), "to")).containsExactly("tom.hughes");
        assertThat(texts(changes.get("authorisedUsers"), "username"))
                .containsExactly("jo.evans", "tom.hughes", "sam.patel", "tom.hughes", "jo.evans");
        assertThat(count("select count(*) from social_account where handle = '@ChaseLeisure'")).as("nothing before it is applied").isZero();
        assertThat(text("select owner from social_account where id = '" + BUILDING_CONTROL + "'")).isNull();

        String id = preview.json().get("id").getStringValue();
        Response applied = alex.post("/api/registry/imports/" + id + "/apply", Map.of());

        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(applied.json()).isEqualTo(changes);
        assertThat(text("select kind || ' ' || department || ' ' || owner || ' ' || first_recorded_on from social_account "
                + "where handle = '@ChaseLeisure'")).isEqualTo("DEPARTMENTAL Leisure priya.shah 2019-03-14");
        assertThat(text("select campaign_end_date from social_account where handle = '@chasefestival'")).isEqualTo("2027-08-31");
        assertThat(text("select handle || ' ' || owner from social_account where id = '" + BUILDING_CONTROL + "'"))
                .isEqualTo("@CCDC_SBC tom.hughes");
        assertThat(count("select count(*) from authorised_user where reason = '" + RegisterImports.REASON.replace("'", "''") + "'"))
                .isEqualTo(5);
        assertThat(count("select count(*) from audit_event where action = 'REGISTER_IMPORTED'")).isEqualTo(1);
        assertThat(count("select count(*) from audit_event where action = 'ACCOUNT_ADDED' and detail like '%(register import)'")).isEqualTo(2);
        assertThat(count("select count(*) from audit_event where action = 'AUTHORISED_USER_ADDED' and detail like '%(register import)'"))
                .isEqualTo(5);
        ApiSession linda = ApiSession.signedIn(server, json, "linda.price");
        assertThat(people(linda.get("/api/registry/authorised-users?date=2023-11-26").json(), "@ChaseLeisure")).isEmpty();
        assertThat(people(linda.get("/api/registry/authorised-users?date=2023-11-27").json(), "@ChaseLeisure"))
                .containsExactly("jo.evans", "tom.hughes");
        assertThat(people(linda.get("/api/registry/authorised-users?date=2024-01-31").json(), "@CCDC_SBC")).isEmpty();
        assertThat(people(linda.get("/api/registry/authorised-users?date=2024-02-01").json(), "@CCDC_SBC"))
                .containsExactly("jo.evans", "tom.hughes");

        assertThat(alex.post("/api/registry/imports/" + id + "/apply", Map.of()).status()).as("applied already").isEqualTo(409);

        Response again = alex.postText("/api/registry/imports", "text/csv", csv);
        assertThat(again.status()).as(again.body()).isEqualTo(201);
        JsonNode nothing = again.json().get("changes");
        assertThat(nothing.get("newAccounts").size() + nothing.get("changed").size() + nothing.get("owners").size()
                + nothing.get("authorisedUsers").size()).isZero();
        assertThat(nothing.get("unchanged").getIntValue()).isEqualTo(3);
        long accounts = count("select count(*) from social_account");
        long periods = count("select count(*) from authorised_user");
        assertThat(alex.post("/api/registry/imports/" + again.json().get("id").getStringValue() + "/apply", Map.of()).status()).isEqualTo(200);
        assertThat(count("select count(*) from social_account")).isEqualTo(accounts);
        assertThat(count("select count(*) from authorised_user")).isEqualTo(periods);
    }

    @Test
    void aPreviewTheRegistryHasMovedOnFromOrANewerUploadReplacedIsRefused() {
        String csv = HEADINGS + "X,@ccdcpartnership,Cannock Chase Community Safety Partnership,https://x.com/ccdcpartnership,"
                + "Community Safety Partnership,departmental,,,jo.evans,2025-01-01,\n";
        String first = alex.postText("/api/registry/imports", "text/csv", csv).json().get("id").getStringValue();
        String second = alex.postText("/api/registry/imports", "text/csv", csv).json().get("id").getStringValue();
        assertThat(alex.post("/api/registry/imports/" + first + "/apply", Map.of()).status()).as("a newer upload waits").isEqualTo(409);

        assertThat(alex.post("/api/registry/accounts/" + PARTNERSHIP + "/authorised-users", Map.of("username", "jo.evans",
                "fromDate", "2025-01-01", "reason", "Added by hand meanwhile")).status()).isEqualTo(201);
        Response stale = alex.post("/api/registry/imports/" + second + "/apply", Map.of());

        assertThat(stale.status()).as(stale.body()).isEqualTo(409);
        assertThat(count("select count(*) from authorised_user where account_id = '" + PARTNERSHIP + "'")).isEqualTo(1);
        assertThat(alex.post("/api/registry/imports/" + java.util.UUID.randomUUID() + "/apply", Map.of()).status()).isEqualTo(404);
    }

    @Test
    void onlyTheCommunicationsTeamImportsTheRegister() {
        String csv = HEADINGS + "X,@ccdc_only_comms,Only comms,,Leisure,departmental,,,,,\n";
        String id = alex.postText("/api/registry/imports", "text/csv", csv).json().get("id").getStringValue();
        for (String who : List.of("priya.shah", "linda.price", "chris.lee")) {
            ApiSession person = ApiSession.signedIn(server, json, who);
            assertThat(person.postText("/api/registry/imports", "text/csv", csv).status()).as(who).isEqualTo(403);
            assertThat(person.post("/api/registry/imports/" + id + "/apply", Map.of()).status()).as(who).isEqualTo(403);
        }
        assertThat(count("select count(*) from social_account where handle = '@ccdc_only_comms'")).isZero();
    }

    private static List<String> texts(JsonNode list, String field) {
        List<String> values = new ArrayList<>();
        list.values().forEach(item -> values.add(field == null ? item.getStringValue() : item.get(field).getStringValue()));
        return values;
    }

    private static List<String> people(JsonNode list, String handle) {
        List<String> people = new ArrayList<>();
        list.get("items").values().forEach(item -> {
            if (item.get("handle").getStringValue().equals(handle)) {
                people.add(item.get("username").getStringValue());
            }
        });
        return people;
    }

    private long count(String sql) {
        return new Rows(transactions, jdbc).count(sql);
    }

    private String text(String sql) {
        return new Rows(transactions, jdbc).text(sql);
    }
}
