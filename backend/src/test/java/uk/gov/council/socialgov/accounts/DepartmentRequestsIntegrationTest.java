package uk.gov.council.socialgov.accounts;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service manager sees every account request of their department in the organisation directory
 * (ROLES.md), not only the ones they made; another department's service manager does not.
 */
@MicronautTest(transactional = false)
class DepartmentRequestsIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void aServiceManagerSeesTheirDepartmentsRequests() {
        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        if (admin.get("/api/admin/users/ed.manager").status() == 404) {
            assertThat(admin.post("/api/admin/users", Map.of("username", "ed.manager", "displayName", "Ed Manager",
                    "email", "ed.manager@council.example", "password", ApiSession.DEMO_PASSWORD,
                    "groups", List.of("staff", "service-managers"))).status()).isEqualTo(201);
        }
        Response preview = admin.postText("/api/directory/imports", "text/csv", "name,email,employee number,department,job title\n"
                + "Ed Manager,ed.manager@council.example,D900,Economic Development,Economic Development Manager\n");
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        assertThat(admin.post("/api/directory/imports/" + preview.json().get("id").getStringValue() + "/apply", Map.of()).status())
                .isEqualTo(200);

        Response made = ApiSession.signedIn(server, json, "priya.shah").post("/api/account-requests",
                SampleRequests.accountRequest("Economic Development business events"));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String id = made.json().get("id").getStringValue();

        ApiSession ed = ApiSession.signedIn(server, json, "ed.manager");
        assertThat(ed.get("/api/account-requests/" + id).status()).as("same department").isEqualTo(200);
        assertThat(ids(ed.get("/api/account-requests?size=100"))).contains(id);
        ApiSession tom = ApiSession.signedIn(server, json, "tom.hughes");
        assertThat(tom.get("/api/account-requests/" + id).status()).as("another department").isEqualTo(404);
        assertThat(ids(tom.get("/api/account-requests?size=100"))).doesNotContain(id);
    }

    private static List<String> ids(Response list) {
        List<String> ids = new ArrayList<>();
        list.json().get("items").values().forEach(item -> ids.add(item.get("id").getStringValue()));
        return ids;
    }
}
