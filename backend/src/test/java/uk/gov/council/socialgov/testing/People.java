package uk.gov.council.socialgov.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import uk.gov.council.testsupport.ApiSession;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * New people for a test, in the groups it needs, added as a council would add them: by the demo
 * administrator, with any confidential group approved by a second administrator (made on first use).
 */
public final class People {

    public static final String ADMIN = "chris.lee";
    public static final String SECOND_ADMIN = "second.admin";

    private People() {
    }

    public static void add(EmbeddedServer server, JsonMapper json, String username, List<String> groups) {
        ApiSession admin = ApiSession.signedIn(server, json, ADMIN);
        assertThat(admin.post("/api/admin/users", Map.of("username", username, "displayName", username,
                "password", ApiSession.DEMO_PASSWORD, "groups", groups)).status()).as("adding " + username).isEqualTo(201);
        approveWaitingGroups(server, json);
    }

    /** Every confidential group waiting for a second administrator is approved by one. */
    public static void approveWaitingGroups(EmbeddedServer server, JsonMapper json) {
        ApiSession admin = ApiSession.signedIn(server, json, ADMIN);
        if (admin.get("/api/admin/users/" + SECOND_ADMIN).status() == 404) {
            assertThat(admin.post("/api/admin/users", Map.of("username", SECOND_ADMIN, "displayName", "Second Administrator",
                    "password", ApiSession.DEMO_PASSWORD, "groups", List.of("staff", "admins"))).status()).isEqualTo(201);
        }
        ApiSession second = ApiSession.signedIn(server, json, SECOND_ADMIN);
        second.get("/api/admin/group-grants").json().get("items").values().forEach(grant -> assertThat(
                second.post("/api/admin/group-grants/" + grant.get("id").getStringValue() + "/approval", "{}").status())
                .as("approving " + grant.get("group").getStringValue()).isEqualTo(200));
    }
}
