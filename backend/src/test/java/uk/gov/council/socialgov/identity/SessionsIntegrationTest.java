package uk.gov.council.socialgov.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sign-in lasts only as long as the rights it was given: switching someone off, changing their
 * groups or password, or their signing out ends every copy of their sign-in cookie at the very next
 * request (decision 0016).
 */
@MicronautTest(transactional = false)
class SessionsIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void switchingSomeoneOffEndsTheirSessionAtTheNextRequest() {
        ApiSession jo = ApiSession.signedIn(server, json, "jo.evans");
        ApiSession kept = jo.copy();
        assertThat(kept.get("/api/me").status()).isEqualTo(200);

        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        assertThat(admin.put("/api/admin/users/jo.evans", details(admin, "jo.evans", false, null)).status()).isEqualTo(200);

        assertSignedOut(kept);
        assertSignedOut(jo);
        assertThat(admin.get("/api/me").status()).as("the administrator's own session is untouched").isEqualTo(200);
    }

    @Test
    void changingSomeonesGroupsEndsTheirSessionAtTheNextRequest() {
        ApiSession tom = ApiSession.signedIn(server, json, "tom.hughes");
        ApiSession kept = tom.copy();
        assertThat(kept.get("/api/me").json().get("groups").values()).extracting(JsonNode::getStringValue)
                .contains("service-managers");

        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        assertThat(admin.put("/api/admin/users/tom.hughes", details(admin, "tom.hughes", true, List.of("staff"))).status())
                .isEqualTo(200);

        assertSignedOut(kept);
        ApiSession again = ApiSession.signedIn(server, json, "tom.hughes");
        assertThat(again.get("/api/me").json().get("groups").values()).extracting(JsonNode::getStringValue)
                .containsExactly("staff");
    }

    @Test
    void changingYourPasswordEndsEveryOtherSessionButKeepsYouSignedInWhereYouChangedIt() {
        ApiSession sam = ApiSession.signedIn(server, json, "sam.patel");
        ApiSession kept = sam.copy();
        ApiSession otherDevice = ApiSession.signedIn(server, json, "sam.patel");

        assertThat(sam.post("/api/me/password", Map.of("currentPassword", ApiSession.DEMO_PASSWORD,
                "newPassword", "a brand new passphrase")).status()).isEqualTo(204);

        assertSignedOut(kept);
        assertSignedOut(otherDevice);
        assertThat(sam.get("/api/me").status()).as("the browser that changed it carries on").isEqualTo(200);
    }

    @Test
    void signingOutMakesAKeptCopyOfTheCookieUseless() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        ApiSession kept = priya.copy();

        Response out = priya.post("/api/auth/logout", "{}");
        assertThat(out.status()).isEqualTo(200);
        assertThat(priya.cookies().get("JWT")).as("the browser's cookie is cleared").isEmpty();

        assertSignedOut(kept);
    }

    @Test
    void fiveWrongCurrentPasswordsLockTheAccountLikeWrongSignIns() {
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        List<String> answers = new ArrayList<>();
        for (int attempt = 1; attempt <= 5; attempt++) {
            Response wrong = nia.post("/api/me/password", Map.of("currentPassword", "not my password " + attempt,
                    "newPassword", "a brand new passphrase"));
            assertThat(wrong.status()).isEqualTo(400);
            answers.add(wrong.json().get("errors").get(0).get("field").getStringValue() + ": "
                    + wrong.json().get("errors").get(0).get("message").getStringValue());
        }
        assertThat(answers.subList(0, 4)).containsOnly("currentPassword: Your current password is not right");
        assertThat(answers.get(4)).startsWith("currentPassword: Your account is locked after 5 failed sign-ins. Try again after ");

        assertSignedOut(nia);
        Response signIn = ApiSession.anonymous(server, json).post("/api/auth/login",
                Map.of("username", "nia.roberts", "password", ApiSession.DEMO_PASSWORD));
        assertThat(signIn.status()).isEqualTo(401);
        assertThat(signIn.json().get("detail").getStringValue()).startsWith("Your account is locked after 5 failed sign-ins.");
        assertThat(ApiSession.signedIn(server, json, "chris.lee").get("/api/admin/users/nia.roberts").json()
                .get("locked").getBooleanValue()).isTrue();
    }

    /** The next request is refused 401 in problem+json, and the browser is told to forget the cookie. */
    private static void assertSignedOut(ApiSession session) {
        Response next = session.get("/api/me");
        assertThat(next.status()).isEqualTo(401);
        assertThat(next.contentType()).startsWith("application/problem+json");
        assertThat(session.cookies().get("JWT")).as("the cookie is cleared").isEmpty();
    }

    /** The person's details as they are, switched on or off, with these groups (or their own). */
    private static Map<String, Object> details(ApiSession admin, String username, boolean enabled, List<String> groups) {
        JsonNode user = admin.get("/api/admin/users/" + username).json();
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("displayName", user.get("displayName").getStringValue());
        change.put("email", user.get("email").getStringValue());
        change.put("enabled", enabled);
        List<String> current = new ArrayList<>();
        user.get("groups").values().forEach(group -> current.add(group.getStringValue()));
        change.put("groups", groups == null ? current : groups);
        return change;
    }
}
