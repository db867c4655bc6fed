package uk.gov.council.socialgov.identity;

import io.micronaut.context.annotation.Property;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.testing.ApiSession;
import uk.gov.council.socialgov.testing.ApiSession.Response;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Local accounts: lock-out with a clear message, own password change, administrators manage people. */
@MicronautTest(transactional = false)
@Property(name = "socialgov.sign-in.max-failures", value = "3")
class IdentityIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void repeatedWrongPasswordsLockTheAccountUntilAnAdministratorUnlocksIt() {
        ApiSession browser = ApiSession.anonymous(server, json);
        for (int attempt = 1; attempt <= 2; attempt++) {
            Response wrong = signIn(browser, "gary.lewis", "wrong password " + attempt);
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.json().get("detail").getStringValue()).isEqualTo("Enter a correct username and password");
        }
        Response third = signIn(browser, "gary.lewis", "wrong again");
        assertThat(third.json().get("detail").getStringValue())
                .startsWith("Your account is locked after 3 failed sign-ins. Try again after ")
                .endsWith(", or ask an administrator to unlock it.");
        assertThat(signIn(browser, "gary.lewis", ApiSession.DEMO_PASSWORD).status()).isEqualTo(401);

        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        assertThat(admin.get("/api/admin/users/gary.lewis").json().get("locked").getBooleanValue()).isTrue();
        assertThat(admin.post("/api/admin/users/gary.lewis/unlock", "").status()).isEqualTo(204);
        assertThat(signIn(ApiSession.anonymous(server, json), "gary.lewis", ApiSession.DEMO_PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void peopleChangeTheirOwnPassword() {
        ApiSession jo = ApiSession.signedIn(server, json, "jo.evans");
        Response wrongCurrent = jo.post("/api/me/password", Map.of("currentPassword", "nope", "newPassword", "a much longer passphrase"));
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.body()).contains("\"field\":\"currentPassword\"");
        Response tooShort = jo.post("/api/me/password", Map.of("currentPassword", ApiSession.DEMO_PASSWORD, "newPassword", "short"));
        assertThat(tooShort.body()).contains("\"field\":\"newPassword\"");

        assertThat(jo.post("/api/me/password", Map.of("currentPassword", ApiSession.DEMO_PASSWORD,
                "newPassword", "a much longer passphrase")).status()).isEqualTo(204);

        assertThat(signIn(ApiSession.anonymous(server, json), "jo.evans", ApiSession.DEMO_PASSWORD).status()).isEqualTo(401);
        assertThat(signIn(ApiSession.anonymous(server, json), "jo.evans", "a much longer passphrase").status()).isEqualTo(200);
    }

    @Test
    void administratorsAddPeopleAndSetTheirGroups() {
        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        Response created = admin.post("/api/admin/users", Map.of("username", "kate.ellis", "displayName", "Kate Ellis",
                "email", "kate.ellis@example-council.gov.uk", "password", "a temporary passphrase", "groups", List.of("staff", "comms")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("groups").values()).extracting(node -> node.getStringValue()).containsExactly("comms", "staff");

        ApiSession kate = ApiSession.anonymous(server, json);
        assertThat(signIn(kate, "kate.ellis", "a temporary passphrase").status()).isEqualTo(200);
        assertThat(kate.get("/api/me").body()).contains("\"comms\"");

        Response changed = admin.post("/api/admin/users", Map.of("username", "Kate Ellis!", "displayName", "",
                "password", "short", "groups", List.of("wizards")));
        assertThat(changed.status()).isEqualTo(400);
        assertThat(changed.body()).contains("\"field\":\"username\"", "\"field\":\"displayName\"", "\"field\":\"password\"");
    }

    @Test
    void unknownGroupsAndSelfDemotionAreRefused() {
        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        Response unknown = admin.post("/api/admin/users", Map.of("username", "pat.doe", "displayName", "Pat Doe",
                "password", "a temporary passphrase", "groups", List.of("wizards")));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body()).contains("There is no group called wizards");

        Response selfDemotion = put(admin, "/api/admin/users/chris.lee", Map.of("displayName", "Chris Lee",
                "enabled", true, "groups", List.of("staff")));
        assertThat(selfDemotion.status()).isEqualTo(400);
        assertThat(selfDemotion.body()).contains("You cannot take away your own administrator access");
    }

    @Test
    void onlyAdministratorsManagePeople() {
        assertThat(ApiSession.signedIn(server, json, "alex.morgan").get("/api/admin/users").status()).isEqualTo(403);
        assertThat(ApiSession.anonymous(server, json).get("/api/admin/users").status()).isEqualTo(401);
        assertThat(ApiSession.signedIn(server, json, "chris.lee").get("/api/admin/users").json().get("total").getLongValue())
                .isGreaterThanOrEqualTo(15);
    }

    private static Response signIn(ApiSession session, String username, String password) {
        return session.post("/api/auth/login", Map.of("username", username, "password", password));
    }

    private static Response put(ApiSession session, String path, Object body) {
        return session.put(path, body);
    }
}
