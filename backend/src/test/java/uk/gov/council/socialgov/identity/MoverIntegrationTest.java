package uk.gov.council.socialgov.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A mover (issue 19): someone the HR export moves to another department keeps their personal access
 * (sign-in, groups, the accounts they may post from), while the account requests they made stay with
 * the department they were made for: its service managers still see them, the new department's do not.
 */
@MicronautTest(transactional = false)
class MoverIntegrationTest {

    private static final String HEADINGS = "Employee_Number,Name,Email,Job title,Department,Line manager,Head of department,Type,Leaving date\n";
    private static final String ACCOUNT = "6d1f0a52-0c55-4b5e-9d1a-000000000007";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    @Test
    void aMoverKeepsTheirAccessAndTheirRequestsStayWithTheDepartmentTheyWereMadeFor() {
        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        Response created = admin.post("/api/admin/users", Map.of("username", "mo.mover", "displayName", "Mo Mover",
                "email", "mo.mover@example-council.gov.uk", "password", ApiSession.DEMO_PASSWORD,
                "groups", List.of("staff", "service-managers")));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        applyFile(admin, HEADINGS + "M700,Mo Mover,mo.mover@example-council.gov.uk,Business Events Manager,Economic Development,,,staff,\n");
        transactions.executeWrite(status -> jdbc.prepareStatement("insert into authorised_user (id, account_id, username, from_date, added_by) "
                + "values (gen_random_uuid(), cast(? as uuid), 'mo.mover', current_date - 10, 'chris.lee')", statement -> {
                    statement.setString(1, ACCOUNT);
                    return statement.executeUpdate();
                }));
        ApiSession mo = ApiSession.signedIn(server, json, "mo.mover");
        Response made = mo.post("/api/account-requests", SampleRequests.accountRequest("Economic Development trade fairs"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String id = made.json().get("id").getStringValue();
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        ApiSession tom = ApiSession.signedIn(server, json, "tom.hughes");
        assertThat(priya.get("/api/account-requests/" + id).status()).as("before the move").isEqualTo(200);

        applyFile(admin, HEADINGS + "M700,Mo Mover,mo.mover@example-council.gov.uk,Ranger Team Leader,Countryside Service,,,staff,\n");
        assertThat(text("select department from person where username = 'mo.mover'")).isEqualTo("Countryside Service");

        assertThat(priya.get("/api/account-requests/" + id).status()).as("the old department still sees its request").isEqualTo(200);
        assertThat(ids(priya.get("/api/account-requests?size=100"))).contains(id);
        assertThat(tom.get("/api/account-requests/" + id).status()).as("the new department does not").isEqualTo(404);
        assertThat(ids(tom.get("/api/account-requests?size=100"))).doesNotContain(id);

        Response me = mo.get("/api/me");
        assertThat(me.status()).as("their sign-in goes on").isEqualTo(200);
        List<String> groups = new ArrayList<>();
        me.json().get("groups").values().forEach(group -> groups.add(group.getStringValue()));
        assertThat(groups).containsExactlyInAnyOrder("staff", "service-managers");
        assertThat(text("select count(*)::text from authorised_user where username = 'mo.mover' and to_date is null"))
                .as("they may still post from the account").isEqualTo("1");
        assertThat(mo.get("/api/account-requests/" + id).status()).as("and still see the request they made").isEqualTo(200);
    }

    private static void applyFile(ApiSession admin, String csv) {
        Response preview = admin.postText("/api/directory/imports", "text/csv", csv);
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        Response applied = admin.post("/api/directory/imports/" + preview.json().get("id").getStringValue() + "/apply", Map.of());
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
    }

    private static List<String> ids(Response list) {
        List<String> ids = new ArrayList<>();
        list.json().get("items").values().forEach(item -> ids.add(item.get("id").getStringValue()));
        return ids;
    }

    private String text(String sql) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }));
    }
}
