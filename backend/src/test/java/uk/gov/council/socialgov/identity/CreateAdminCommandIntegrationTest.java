package uk.gov.council.socialgov.identity;

import io.micronaut.context.ApplicationContext;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code create-admin USERNAME EMAIL} gives a council its first administrator (or lets one back in):
 * a one-time password that signs in, allows nothing but changing it, and is then gone.
 */
@MicronautTest(transactional = false)
class CreateAdminCommandIntegrationTest {

    @Inject ApplicationContext context;
    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void theOneTimePasswordMustBeChangedBeforeAnythingElse() {
        String password = createAdmin("first.admin", "first.admin@council.example");

        ApiSession admin = ApiSession.anonymous(server, json);
        assertThat(admin.post("/api/auth/login", Map.of("username", "first.admin", "password", password)).status()).isEqualTo(200);
        Response me = admin.get("/api/me");
        assertThat(me.json().get("mustChangePassword").getBooleanValue()).isTrue();
        assertThat(me.json().get("groups").values()).extracting(group -> group.getStringValue()).contains("admins");

        Response refused = admin.get("/api/admin/users");
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").getStringValue())
                .isEqualTo("You signed in with a one-time password. Change your password before you go on.");

        Response changed = admin.post("/api/me/password", Map.of("currentPassword", password, "newPassword", "a long council passphrase"));
        assertThat(changed.status()).as(changed.body()).isEqualTo(204);
        assertThat(admin.get("/api/me").json().get("mustChangePassword").getBooleanValue()).isFalse();
        assertThat(admin.get("/api/admin/users").status()).isEqualTo(200);
        assertThat(ApiSession.anonymous(server, json).post("/api/auth/login", Map.of("username", "first.admin", "password", password))
                .status()).as("the one-time password is gone").isNotEqualTo(200);
    }

    @Test
    void runningItAgainLetsALockedOutAdministratorBackIn() {
        createAdmin("second.admin", "second.admin@council.example");
        String again = createAdmin("second.admin", "second.admin@council.example");

        ApiSession admin = ApiSession.anonymous(server, json);
        assertThat(admin.post("/api/auth/login", Map.of("username", "second.admin", "password", again)).status()).isEqualTo(200);
    }

    @Test
    void aWrongUsernameOrEmailIsRefusedInOneSentence() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = CreateAdminCommand.run(context, new String[] {"create-admin", "Not A Username", "x@council.example"},
                new PrintStream(out, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(64);
        assertThat(out.toString(StandardCharsets.UTF_8).strip())
                .isEqualTo("The username must be 2 to 64 lower-case letters, numbers, dots, hyphens or underscores");
        assertThat(CreateAdminCommand.run(context, new String[] {"create-admin"}, new PrintStream(new ByteArrayOutputStream())))
                .isEqualTo(64);
    }

    private String createAdmin(String username, String email) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = CreateAdminCommand.run(context, new String[] {"create-admin", username, email},
                new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(status).isZero();
        String[] lines = out.toString(StandardCharsets.UTF_8).strip().split("\n");
        return lines[lines.length - 1].strip();
    }
}
