package uk.gov.council.socialgov.identity;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.sql.Connection;
import java.util.Date;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A flood of wrong passwords cannot take the server's cores: after a few failures for one username,
 * or from one address, attempts are refused 429 before any password is checked, until the window
 * has passed. Successful sign-ins are not counted.
 */
@MicronautTest(transactional = false)
@Property(name = "socialgov.sign-in.max-failures", value = "100")
@Property(name = "socialgov.sign-in.failures-per-username", value = "3")
@Property(name = "socialgov.sign-in.failures-per-address", value = "8")
@Property(name = "socialgov.sign-in.failure-window", value = "1m")
// The per-address test leaves this one address (every test client's) refused, so it runs last.
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SignInThrottleIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    @AfterEach
    void realTime() {
        ClockUtil.reset();
    }

    @Test
    @Order(1)
    void afterThreeFailuresForOneUsernameItIsRefused429WithoutCheckingThePassword() {
        for (int attempt = 1; attempt <= 3; attempt++) {
            assertThat(signIn("sam.patel", "wrong password " + attempt).status()).isEqualTo(401);
        }

        Response refused = signIn("sam.patel", ApiSession.DEMO_PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().get("detail").getStringValue())
                .isEqualTo("There have been too many attempts to sign in. Try again in 1 minute.");
        assertThat(Integer.parseInt(refused.headers().firstValue("Retry-After").orElseThrow())).isBetween(1, 60);
        assertThat(count("select failed_sign_ins from app_user where username = 'sam.patel'"))
                .as("the refused attempt was not checked or counted").isEqualTo(3);
        assertThat(count("select count(*) from audit_event where action = 'SIGN_IN_FAILED' and case_id = 'sam.patel'")).isEqualTo(3);

        assertThat(signIn("jo.evans", ApiSession.DEMO_PASSWORD).status()).as("other people sign in as usual").isEqualTo(200);
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plusSeconds(61)));
        assertThat(signIn("sam.patel", ApiSession.DEMO_PASSWORD).status()).as("a minute later").isEqualTo(200);
    }

    @Test
    @Order(2)
    void afterEightFailuresFromOneAddressEveryoneThereIsRefused429() {
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plusSeconds(3600))); // earlier tests' failures have expired
        for (int attempt = 1; attempt <= 8; attempt++) {
            assertThat(signIn("nobody." + attempt, "guess " + attempt).status()).isEqualTo(401);
        }

        Response refused = signIn("priya.shah", ApiSession.DEMO_PASSWORD);

        assertThat(refused.status()).isEqualTo(429);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(count("select count(*) from audit_event where action in ('SIGNED_IN', 'SIGN_IN_FAILED') and case_id = 'priya.shah'"))
                .isZero();
    }

    private Response signIn(String username, String password) {
        return ApiSession.anonymous(server, json).post("/api/auth/login", Map.of("username", username, "password", password));
    }

    private int count(String sql) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            try (var row = statement.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }));
    }
}
