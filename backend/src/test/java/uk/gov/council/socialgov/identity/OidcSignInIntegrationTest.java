package uk.gov.council.socialgov.identity;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import uk.gov.council.testsupport.ApiSession;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * OpenID Connect sign-in against a real OIDC server running inside the test (issuer, discovery,
 * authorisation code, token endpoint, signed ID token): the provider's groups claim becomes our groups.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OidcSignInIntegrationTest implements TestPropertyProvider {

    private static final String COMMS_GROUP_ID = "7f3c2a10-5b8e-4c1d-9a2f-0e6d4b3c2a19";
    private static final String HR_GROUP_ID = "0b9d8e7f-1a2b-4c3d-8e9f-a0b1c2d3e4f5";
    private final MockOAuth2Server identityProvider = new MockOAuth2Server();

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject GroupsRemovedRecorder removals;
    @Inject DirectoryStore directory;

    @Override
    public Map<String, String> getProperties() {
        identityProvider.start();
        return Map.of(
                "micronaut.security.oauth2.enabled", "true",
                "micronaut.security.oauth2.clients.council.client-id", "socialgov",
                "micronaut.security.oauth2.clients.council.client-secret", "test-secret",
                "micronaut.security.oauth2.clients.council.openid.issuer", identityProvider.issuerUrl("council").toString(),
                "socialgov.oidc.group-mapping." + COMMS_GROUP_ID, "comms",
                "socialgov.oidc.group-mapping." + HR_GROUP_ID, "hr",
                "socialgov.oidc.department-claim", "department",
                "socialgov.oidc.job-title-claim", "jobTitle",
                // java.net's cookie store will not send Secure cookies to http://localhost, unlike browsers
                "socialgov.web.secure-cookies", "false");
    }

    @AfterAll
    void stopIdentityProvider() {
        identityProvider.shutdown();
    }

    @Test
    void aCouncilAccountSignsInWithItsMappedGroups() throws Exception {
        identityProvider.enqueueCallback(new DefaultOAuth2TokenCallback("council", "entra-subject-1", "JWT", List.of("socialgov"),
                Map.of("preferred_username", "Rosa.Quinn@example-council.gov.uk", "name", "Rosa Quinn",
                        "groups", List.of(COMMS_GROUP_ID, "some-other-directory-group")), 3600));
        HttpClient browser = browser();

        HttpResponse<String> back = followSignIn(browser);

        assertThat(back.statusCode()).isEqualTo(303);
        assertThat(back.headers().firstValue("Location")).contains("/tasks");
        JsonNode me = json.readValue(browser.send(HttpRequest.newBuilder(app("/api/me")).build(),
                HttpResponse.BodyHandlers.ofString()).body(), JsonNode.class);
        assertThat(me.get("username").getStringValue()).isEqualTo("rosa.quinn@example-council.gov.uk");
        assertThat(me.get("displayName").getStringValue()).isEqualTo("Rosa Quinn");
        assertThat(me.get("groups").values()).extracting(JsonNode::getStringValue).containsExactly("comms");
    }

    @Test
    void theSignInPageIsToldToOfferCouncilSignIn() throws Exception {
        JsonNode options = json.readValue(browser().send(HttpRequest.newBuilder(app("/api/auth/options")).build(),
                HttpResponse.BodyHandlers.ofString()).body(), JsonNode.class);
        assertThat(options.get("councilSignIn").getBooleanValue()).isTrue();
        assertThat(options.get("councilSignInPath").getStringValue()).isEqualTo("/oauth/login/council");
    }

    @Test
    void aCouncilAccountInNoSocialGovGroupIsTurnedAway() throws Exception {
        identityProvider.enqueueCallback(new DefaultOAuth2TokenCallback("council", "entra-subject-2", "JWT", List.of("socialgov"),
                Map.of("preferred_username", "visitor@example-council.gov.uk", "groups", List.of("some-other-directory-group")), 3600));
        HttpClient browser = browser();

        HttpResponse<String> back = followSignIn(browser);

        assertThat(back.statusCode()).isEqualTo(401);
        assertThat(back.body()).contains("Your council account is not in any SocialGov group");
        assertThat(browser.send(HttpRequest.newBuilder(app("/api/me")).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode()).isEqualTo(401);
    }

    @Test
    void aTokenNamingALocalAdministratorDoesNotSignInAsThem() throws Exception {
        identityProvider.enqueueCallback(token("someone-else-entirely", Map.of("preferred_username", "chris.lee", "name", "Not Chris",
                "groups", List.of(COMMS_GROUP_ID))));
        HttpClient browser = browser();

        HttpResponse<String> back = followSignIn(browser);

        assertThat(back.statusCode()).isEqualTo(401);
        assertThat(back.body()).contains("There is already a SocialGov account called chris.lee that is not linked to your council account");
        assertThat(status(browser, "/api/me")).isEqualTo(401);
        ApiSession chris = ApiSession.signedIn(server, json, "chris.lee");
        JsonNode account = chris.get("/api/admin/users/chris.lee").json();
        assertThat(account.get("displayName").getStringValue()).isEqualTo("Chris Lee (System Administrator)");
        assertThat(account.get("groups").values()).extracting(JsonNode::getStringValue).containsExactly("admins", "staff");
    }

    @Test
    void groupNamesTheMappingDoesNotListGiveNoGroups() throws Exception {
        identityProvider.enqueueCallback(token("entra-subject-3", Map.of("preferred_username", "mallory@example-council.gov.uk",
                "groups", List.of("admins", "hr", "auditors"))));
        HttpResponse<String> refused = followSignIn(browser());
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.body()).contains("Your council account is not in any SocialGov group");

        identityProvider.enqueueCallback(token("entra-subject-3", Map.of("preferred_username", "mallory@example-council.gov.uk",
                "groups", List.of("admins", COMMS_GROUP_ID))));
        HttpClient browser = browser();
        assertThat(followSignIn(browser).statusCode()).isEqualTo(303);
        assertThat(me(browser).get("groups").values()).extracting(JsonNode::getStringValue).containsExactly("comms");
    }

    @Test
    void theSameSubjectUnderANewUsernameIsStillTheSamePerson() throws Exception {
        identityProvider.enqueueCallback(token("entra-subject-4", Map.of("preferred_username", "sian.old@example-council.gov.uk",
                "name", "Sian Old", "groups", List.of(COMMS_GROUP_ID))));
        followSignIn(browser());

        identityProvider.enqueueCallback(token("entra-subject-4", Map.of("preferred_username", "sian.new@example-council.gov.uk",
                "name", "Sian New", "groups", List.of(COMMS_GROUP_ID))));
        HttpClient browser = browser();
        assertThat(followSignIn(browser).statusCode()).isEqualTo(303);

        JsonNode me = me(browser);
        assertThat(me.get("username").getStringValue()).isEqualTo("sian.old@example-council.gov.uk");
        assertThat(me.get("displayName").getStringValue()).isEqualTo("Sian New");
        assertThat(ApiSession.signedIn(server, json, "chris.lee").get("/api/admin/users/sian.new@example-council.gov.uk").status())
                .as("no second account").isEqualTo(404);

        identityProvider.enqueueCallback(token("entra-subject-5", Map.of("preferred_username", "sian.old@example-council.gov.uk",
                "groups", List.of(COMMS_GROUP_ID))));
        assertThat(followSignIn(browser()).statusCode()).as("another subject cannot take the name over").isEqualTo(401);
    }

    @Test
    void groupsTheProviderNoLongerListsAreRemovedAnnouncedAndEndEarlierSessions() throws Exception {
        identityProvider.enqueueCallback(token("entra-subject-6", Map.of("preferred_username", "owen.hr@example-council.gov.uk",
                "groups", List.of(COMMS_GROUP_ID, HR_GROUP_ID))));
        HttpClient earlier = browser();
        followSignIn(earlier);
        assertThat(me(earlier).get("groups").values()).extracting(JsonNode::getStringValue).containsExactly("comms", "hr");

        identityProvider.enqueueCallback(token("entra-subject-6", Map.of("preferred_username", "owen.hr@example-council.gov.uk",
                "groups", List.of(COMMS_GROUP_ID))));
        HttpClient later = browser();
        followSignIn(later);

        assertThat(me(later).get("groups").values()).extracting(JsonNode::getStringValue).containsExactly("comms");
        assertThat(status(earlier, "/api/me")).as("the session that still had HR has ended").isEqualTo(401);
        List<GroupsRemovedRecorder.Heard> heard = removals.about("owen.hr@example-council.gov.uk");
        assertThat(heard).extracting(GroupsRemovedRecorder.Heard::event)
                .containsExactly(new GroupsRemoved("owen.hr@example-council.gov.uk", Set.of("hr"), GroupsRemoved.SYSTEM));
        assertThat(heard.get(0).inTransaction()).isTrue();
    }

    @Test
    void someoneTheDirectoryHoldsSignsInAsThemselvesWithTheirDepartmentAndJobTitleFromTheProvider() throws Exception {
        directory.save(new DirectoryEntry("gwen.price", "Gwen Price", "Gwen.Price@example-council.gov.uk", DirectoryEntry.Kind.STAFF,
                "E7001", "Ranger", "Countryside Service", "tom.hughes", null), true, Instant.now());
        identityProvider.enqueueCallback(token("entra-subject-7", Map.of("preferred_username", "g.price@example-council.gov.uk",
                "email", "gwen.price@example-council.gov.uk", "name", "Gwen Price", "groups", List.of(COMMS_GROUP_ID),
                "department", "Communications", "jobTitle", "Communications Officer")));
        HttpClient browser = browser();

        assertThat(followSignIn(browser).statusCode()).isEqualTo(303);

        assertThat(me(browser).get("username").getStringValue()).as("the directory's username, not the provider's")
                .isEqualTo("gwen.price");
        DirectoryEntry now = directory.find("gwen.price").orElseThrow();
        assertThat(now.department()).isEqualTo("Communications");
        assertThat(now.jobTitle()).isEqualTo("Communications Officer");
        assertThat(now.lineManager()).as("the HR export's line manager stays").isEqualTo("tom.hughes");

        identityProvider.enqueueCallback(token("entra-subject-7", Map.of("preferred_username", "g.price@example-council.gov.uk",
                "email", "gwen.price@example-council.gov.uk", "groups", List.of(COMMS_GROUP_ID), "department", "Comms (typo)")));
        assertThat(followSignIn(browser()).statusCode()).isEqualTo(303);
        assertThat(directory.find("gwen.price").orElseThrow().department()).as("a department the directory does not know is not taken")
                .isEqualTo("Communications");
    }

    @Test
    void someoneTheDirectorySaysHasLeftIsTurnedAway() throws Exception {
        directory.save(new DirectoryEntry("harry.left", "Harry Left", "harry.left@example-council.gov.uk", DirectoryEntry.Kind.STAFF,
                "E7002", "Officer", "Communications", null, null), true, Instant.now());
        directory.markLeft("harry.left", Instant.now());
        identityProvider.enqueueCallback(token("entra-subject-8", Map.of("preferred_username", "harry.left@example-council.gov.uk",
                "email", "harry.left@example-council.gov.uk", "groups", List.of(COMMS_GROUP_ID))));
        HttpClient browser = browser();

        HttpResponse<String> back = followSignIn(browser);

        assertThat(back.statusCode()).isEqualTo(401);
        assertThat(back.body()).contains("The organisation directory says you have left the council");
        assertThat(status(browser, "/api/me")).isEqualTo(401);
        assertThat(ApiSession.signedIn(server, json, "chris.lee").get("/api/admin/users/harry.left").status())
                .as("no account made for a leaver").isEqualTo(404);
    }

    private static DefaultOAuth2TokenCallback token(String subject, Map<String, Object> claims) {
        return new DefaultOAuth2TokenCallback("council", subject, "JWT", List.of("socialgov"), claims, 3600);
    }

    private JsonNode me(HttpClient browser) throws Exception {
        return json.readValue(browser.send(HttpRequest.newBuilder(app("/api/me")).build(), HttpResponse.BodyHandlers.ofString()).body(),
                JsonNode.class);
    }

    private int status(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(app(path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** Login at SocialGov → the provider's authorise endpoint → back to our callback, as a browser follows redirects. */
    private HttpResponse<String> followSignIn(HttpClient browser) throws Exception {
        HttpResponse<String> toProvider = browser.send(HttpRequest.newBuilder(app("/oauth/login/council")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(toProvider.statusCode()).isBetween(301, 303);
        URI authorise = URI.create(toProvider.headers().firstValue("Location").orElseThrow());
        assertThat(authorise.toString()).startsWith(identityProvider.issuerUrl("council").toString());
        HttpResponse<String> toCallback = browser.send(HttpRequest.newBuilder(authorise).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(toCallback.statusCode()).isBetween(301, 303);
        URI callback = URI.create(toCallback.headers().firstValue("Location").orElseThrow());
        assertThat(callback.getPath()).isEqualTo("/oauth/callback/council");
        return browser.send(HttpRequest.newBuilder(callback).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpClient browser() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL)).build();
    }

    private URI app(String path) {
        return server.getURI().resolve(path);
    }
}
