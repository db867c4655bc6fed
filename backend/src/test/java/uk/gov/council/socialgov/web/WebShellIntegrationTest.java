package uk.gov.council.socialgov.web;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.web.router.Router;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The jar serves the Vue app, its client routes, health and the OpenAPI document; /api never falls back. */
@MicronautTest(transactional = false)
class WebShellIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject Router router;
    @Inject JsonMapper json;

    @Test
    void theAppIsServedAtTheRootUnderAStrictContentSecurityPolicy() throws Exception {
        var response = raw("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("<div id=\"app\"").doesNotContain("<script>");
        assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("script-src 'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).contains("DENY");
    }

    @Test
    void clientRoutesFallBackToTheApp() throws Exception {
        var response = raw("/tasks/some-task-id");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("text/html");
        assertThat(response.body()).contains("<div id=\"app\"");
    }

    @Test
    void unknownApiPathsAreProblemsNotTheApp() {
        Response response = ApiSession.signedIn(server, json, "alex.morgan").get("/api/no-such-thing");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body()).doesNotContain("<div id=\"app\"");
    }

    @Test
    void apiNeedsSignInAndSaysSoWithoutABasicAuthPrompt() throws Exception {
        var response = raw("/api/tasks");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).isEmpty();
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/problem+json");
    }

    @Test
    void signInSetsAnHttpOnlyStrictCookieAndAWrongPasswordIsRefused() {
        ApiSession session = ApiSession.anonymous(server, json);
        Response wrong = session.post("/api/auth/login", Map.of("username", "alex.morgan", "password", "wrong"));
        assertThat(wrong.status()).isEqualTo(401);
        assertThat(session.get("/api/me").status()).isEqualTo(401);

        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        Response me = alex.get("/api/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("displayName").getStringValue()).isEqualTo("Alex Morgan (Communications Officer)");
        assertThat(me.body()).contains("\"comms\"");
    }

    @Test
    void theLoginCookieIsHttpOnlySecureAndStrict() throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var csrf = http.send(java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/auth/csrf")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String token = csrf.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0].split("=", 2)[1];
        var login = http.send(java.net.http.HttpRequest.newBuilder(server.getURI().resolve("/api/auth/login"))
                        .header("Content-Type", "application/json")
                        .header("Cookie", "XSRF-TOKEN=" + token).header("X-XSRF-TOKEN", token)
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                "{\"username\":\"alex.morgan\",\"password\":\"" + ApiSession.DEMO_PASSWORD + "\"}")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(login.statusCode()).isEqualTo(200);
        String cookie = login.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JWT=")).findFirst().orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("Secure").containsIgnoringCase("SameSite=Strict");
    }

    @Test
    void healthReportsDatabaseAndEngine() {
        Response anonymous = ApiSession.anonymous(server, json).get("/health");
        assertThat(anonymous.status()).isEqualTo(200);
        assertThat(anonymous.json().get("status").getStringValue()).isEqualTo("UP");

        Response detailed = ApiSession.signedIn(server, json, "chris.lee").get("/health");
        assertThat(detailed.json().get("details").get("jdbc").get("status").getStringValue()).isEqualTo("UP");
        assertThat(detailed.json().get("details").get("processEngine").get("details").get("jobExecutor").getStringValue())
                .isEqualTo("stopped"); // tests run jobs themselves (application-test.yml)
    }

    @Test
    void theOpenApiDocumentListsTheEndpoints() throws Exception {
        var response = raw("/openapi/socialgov-0.1.yml");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("/api/account-requests", "/api/tasks/{id}/complete", "/api/me", "/api/auth/csrf",
                "/api/auth/login", "/api/auth/logout", "/health");
        List<String> missing = router.uriRoutes()
                .map(route -> route.getUriMatchTemplate().toPathString())
                .filter(path -> path.startsWith("/api/"))
                .distinct()
                .filter(path -> !response.body().contains(path + ":"))
                .toList();
        assertThat(missing).as("API paths missing from the OpenAPI document").isEmpty();
    }

    private java.net.http.HttpResponse<String> raw(String path) throws Exception {
        return java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(server.getURI().resolve(path)).header("Accept", "text/html,application/json").build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    }
}
