package uk.gov.council.socialgov.identity;

import io.micronaut.context.annotation.Property;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.testing.Problems;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Local accounts: lock-out with a clear message, own password change, administrators manage people. */
@MicronautTest(transactional = false)
@Property(name = "socialgov.sign-in.max-failures", value = "3")
// Many wrong passwords from this one address on purpose: the throttle has its own test.
@Property(name = "socialgov.sign-in.failures-per-address", value = "1000")
@Property(name = "socialgov.sign-in.failures-per-username", value = "1000")
class IdentityIntegrationTest {

    /** 73 bytes: one more than BCrypt reads. */
    private static final String TOO_LONG = "x".repeat(73);
    /** 40 characters but 80 bytes in UTF-8. */
    private static final String TOO_LONG_ACCENTED = "é".repeat(40);

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    @Test
    void everyOneOfManySimultaneousWrongPasswordsIsCounted() throws Exception {
        int attempts = 12;
        List<ApiSession> browsers = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            browsers.add(ApiSession.anonymous(server, json));
        }
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> answers = new ArrayList<>();
            for (ApiSession browser : browsers) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return signIn(browser, "sam.patel", "a wrong password").status();
                }));
            }
            start.countDown();
            for (Future<Integer> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(401);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(failedSignIns("sam.patel")).isEqualTo(attempts);
    }

    @Test
    void passwordsLongerThanBcryptReadsAreRefusedNamingTheField() {
        for (String password : List.of(TOO_LONG, TOO_LONG_ACCENTED)) {
            Response signIn = signIn(ApiSession.anonymous(server, json), "priya.shah", password);
            assertThat(Problems.messages(signIn)).containsExactly(
                    "password: Password must be 72 characters or fewer (accented letters and symbols count as 2 to 4)");
        }
        assertThat(failedSignIns("priya.shah")).as("not counted as wrong passwords").isZero();

        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        Response change = priya.post("/api/me/password", Map.of("currentPassword", ApiSession.DEMO_PASSWORD, "newPassword", TOO_LONG_ACCENTED));
        assertThat(Problems.fields(change)).containsExactly("newPassword");
        assertThat(priya.post("/api/me/password", Map.of("currentPassword", ApiSession.DEMO_PASSWORD, "newPassword", TOO_LONG)).status())
                .isEqualTo(400);
        assertThat(signIn(ApiSession.anonymous(server, json), "priya.shah", ApiSession.DEMO_PASSWORD).status())
                .as("the password is unchanged").isEqualTo(200);

        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        for (String password : List.of(TOO_LONG, TOO_LONG_ACCENTED)) {
            Response create = admin.post("/api/admin/users", Map.of("username", "long.password", "displayName", "Long Password",
                    "password", password, "groups", List.of("staff")));
            assertThat(Problems.fields(create)).containsExactly("password");
        }
        assertThat(admin.get("/api/admin/users/long.password").status()).as("nobody was added").isEqualTo(404);
    }

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

    private int failedSignIns(String username) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "select failed_sign_ins from app_user where username = ?", statement -> {
                    statement.setString(1, username);
                    try (var row = statement.executeQuery()) {
                        row.next();
                        return row.getInt(1);
                    }
                }));
    }

    private static Response signIn(ApiSession session, String username, String password) {
        return session.post("/api/auth/login", Map.of("username", username, "password", password));
    }

    private static Response put(ApiSession session, String path, Object body) {
        return session.put(path, body);
    }
}
