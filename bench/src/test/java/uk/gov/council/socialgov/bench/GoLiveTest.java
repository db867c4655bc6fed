package uk.gov.council.socialgov.bench;

import io.micronaut.json.tree.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.gov.council.socialgov.database.EmbeddedPostgresServer;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.SampleRequests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19: a council goes live on its own PostgreSQL, as README's "External PostgreSQL" says, with no
 * demo data: two roles and a database, {@code create-admin}, the administrator's first sign-in, the HR
 * export of 500 people in 20 departments, the register of the seeded accounts, and a member of staff's
 * account request endorsed by the head of their department and taken to ACTIVE, all through the built
 * jar and its HTTP API.
 */
class GoLiveTest {

    private static final int DEPARTMENTS = 20;
    private static final int PEOPLE_PER_DEPARTMENT = 25;

    @TempDir Path folder;
    private EmbeddedPostgresServer postgres;
    private AppProcess app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void aCouncilGoesLiveOnItsOwnDatabase() throws Exception {
        postgres = EmbeddedPostgresServer.start(folder.resolve("postgres"), AppProcess.freePort(), false);
        String ownerPassword = UUID.randomUUID().toString();
        createDatabase(ownerPassword);
        Map<String, String> settings = Map.of(
                "DATASOURCES_DEFAULT_URL", postgres.jdbcUrl("socialgov"),
                "DATASOURCES_DEFAULT_USERNAME", "socialgov_app",
                "DATASOURCES_DEFAULT_PASSWORD", postgres.appPassword(),
                "FLYWAY_DATASOURCES_DEFAULT_USER", "socialgov_owner",
                "FLYWAY_DATASOURCES_DEFAULT_PASSWORD", ownerPassword,
                "SOCIALGOV_AUDIT_KEY", UUID.randomUUID() + "-" + UUID.randomUUID(),
                "SOCIALGOV_AUDIT_CHECKPOINT_FILE", folder.resolve("audit-checkpoints.log").toString());

        String oneTimePassword = createAdmin(settings, "it.admin", "it.admin@example-council.gov.uk");
        app = AppProcess.start(folder.resolve("app"), AppProcess.freePort(), settings, List.of());

        ApiSession admin = ApiSession.signedIn(app.base(), "it.admin", oneTimePassword);
        assertThat(admin.get("/api/me").json().get("mustChangePassword").getBooleanValue()).isTrue();
        assertThat(admin.get("/api/admin/users").status()).as("nothing but a new password at first").isEqualTo(403);
        String password = "a long password the administrator chose";
        assertThat(admin.post("/api/me/password", Map.of("currentPassword", oneTimePassword, "newPassword", password)).status())
                .isEqualTo(204);
        admin = ApiSession.signedIn(app.base(), "it.admin", password);
        assertThat(admin.get("/api/admin/users?size=200").json().get("total").getLongValue()).as("no demo users").isEqualTo(1);

        ApiSession.Response preview = admin.postText("/api/directory/imports", "text/csv", directoryExport());
        assertThat(preview.status()).as("preview").isEqualTo(201);
        JsonNode changes = preview.json().get("changes");
        assertThat(changes.get("people").getIntValue()).isEqualTo(DEPARTMENTS * PEOPLE_PER_DEPARTMENT);
        assertThat(changes.get("joiners").size()).isEqualTo(DEPARTMENTS * PEOPLE_PER_DEPARTMENT);
        assertThat(changes.get("newDepartments").size()).isEqualTo(DEPARTMENTS);
        ApiSession.Response applied = admin.post("/api/directory/imports/" + preview.json().get("id").getStringValue() + "/apply", Map.of());
        assertThat(applied.status()).as("apply").isEqualTo(200);
        ApiSession.Response again = admin.postText("/api/directory/imports", "text/csv", directoryExport());
        assertThat(again.json().get("changes").get("joiners").size()).as("the same export again changes nothing").isZero();

        // Sign-ins for the people who work in SocialGov first; the rest come as they need it.
        ApiSession comms = person(admin, "officer3-2", List.of("comms"));

        ApiSession.Response register = comms.postText("/api/registry/imports", "text/csv", registerOfTheSeedAccounts());
        assertThat(register.status()).as("register preview").isEqualTo(201);
        JsonNode planned = register.json().get("changes");
        assertThat(planned.get("accounts").getIntValue()).isEqualTo(SEED_ACCOUNTS.size());
        assertThat(planned.get("newAccounts").size()).as("the migration's accounts are updated, not added twice").isZero();
        assertThat(planned.get("owners").size()).isEqualTo(SEED_ACCOUNTS.size());
        assertThat(planned.get("authorisedUsers").size()).isEqualTo(2 * SEED_ACCOUNTS.size());
        assertThat(comms.post("/api/registry/imports/" + register.json().get("id").getStringValue() + "/apply", Map.of()).status())
                .as("register apply").isEqualTo(200);
        JsonNode couldPost = comms.get("/api/registry/authorised-users?date=2026-01-05").json().get("items");
        assertThat(couldPost.size()).as("who could post on 5 January 2026").isEqualTo(2 * SEED_ACCOUNTS.size());
        assertThat(comms.get("/api/registry/authorised-users?date=2025-12-31").json().get("items").size())
                .as("nobody before the register's date").isZero();

        // A member of staff asks for an account; the head of their department endorses it before comms see it.
        ApiSession officer = person(admin, "officer1-2", List.of("staff"));
        ApiSession head = person(admin, "head1", List.of("service-managers"));
        ApiSession brandingApprover = person(admin, "officer3-3", List.of("comms"));
        Map<String, Object> request = new HashMap<>(SampleRequests.accountRequest("@ServiceArea1News"));
        request.put("department", "Service Area 1");
        request.put("proposedUsers", List.of("officer1-2", "officer1-3"));
        String id = new AccountRequestJourney(officer, comms, brandingApprover).runToActiveEndorsedBy(head, request);

        JsonNode done = officer.get("/api/account-requests/" + id).json();
        assertThat(done.get("status").getStringValue()).isEqualTo("ACTIVE");
        assertThat(done.get("endorser").getStringValue()).isEqualTo("head1");
        JsonNode found = comms.get("/api/registry/accounts?q=ServiceArea1News").json().get("items");
        assertThat(found.size()).isOne();
        assertThat(found.get(0).get("department").getStringValue()).isEqualTo("Service Area 1");
    }

    /** The ten accounts V11 seeds (the Cabinet report's), by platform and handle, each given to one service area. */
    private static final List<String> SEED_ACCOUNTS = List.of(
            "X,@CannockChaseDC", "X,@CCDCYourVoice", "Facebook,@cannockchasedc",
            "Facebook,Cannock-Chase-Council-Countryside-Service-111298768960981", "Instagram,@cannockchasedc",
            "YouTube,CannockChaseDC", "LinkedIn,Cannock Chase District Council", "X,@ccdc_sbc", "X,@ccdcpartnership",
            "Instagram,@visitcannockchase");

    /** The council's register as comms keep it: each account with its owner (a head) and two authorised users. */
    private static String registerOfTheSeedAccounts() {
        StringBuilder csv = new StringBuilder("platform,handle,name,department,kind,owner,authorised users,authorised from\n");
        for (int i = 0; i < SEED_ACCOUNTS.size(); i++) {
            int area = i + 1;
            csv.append(SEED_ACCOUNTS.get(i)).append(",Account ").append(area).append(",Service Area ").append(area)
                    .append(",departmental,head").append(area).append(",officer").append(area).append("-3;officer").append(area)
                    .append("-4,01/01/2026\n");
        }
        return csv.toString();
    }

    /** Gives someone in the directory a sign-in with these groups and signs them in, choosing their own password. */
    private ApiSession person(ApiSession admin, String username, List<String> groups) {
        String temporary = "temporary " + UUID.randomUUID();
        ApiSession.Response created = admin.post("/api/admin/users", Map.of("username", username, "displayName", username,
                "email", username + "@example-council.gov.uk", "password", temporary, "groups", groups));
        assertThat(created.status()).as("create " + username + ": " + created.body()).isEqualTo(201);
        return ApiSession.signedIn(app.base(), username, temporary);
    }

    /** As README's "External PostgreSQL": a login owning the schema, the application's own login (the server has it), a database. */
    private void createDatabase(String ownerPassword) throws SQLException {
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.superuser(), postgres.superuserPassword());
             Statement statement = connection.createStatement()) {
            statement.execute("create role socialgov_owner login password '" + ownerPassword + "'");
            statement.execute("create database socialgov owner socialgov_owner");
        }
    }

    /** {@code java -jar … create-admin}, with the same settings the application runs with: answers the one-time password. */
    private String createAdmin(Map<String, String> settings, String username, String email) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-jar",
                AppProcess.jar().toString(), "create-admin", username, email).redirectErrorStream(true);
        builder.environment().putAll(settings);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        List<String> lines = output.lines().toList();
        int told = lines.indexOf("Administrator " + username + " can now sign in with this one-time password, and must then choose their own:");
        assertThat(told).as(output).isNotNegative();
        return lines.get(told + 1).strip();
    }

    /**
     * The HR export: 20 departments of 25 people, each department's head first (line manager of the
     * others), as the README's columns say; the first person's email is also their line manager key.
     */
    static String directoryExport() {
        StringBuilder csv = new StringBuilder("name,email,type,employee number,department,job title,line manager,head of department\n");
        for (int d = 1; d <= DEPARTMENTS; d++) {
            String department = "Service Area " + d;
            String head = "head" + d + "@example-council.gov.uk";
            for (int p = 1; p <= PEOPLE_PER_DEPARTMENT; p++) {
                boolean isHead = p == 1;
                String email = isHead ? head : "officer" + d + "-" + p + "@example-council.gov.uk";
                csv.append(isHead ? "Head of Area " + d : "Officer " + d + "-" + p).append(',')
                        .append(email).append(",staff,")
                        .append("E").append(d * 1000 + p).append(',')
                        .append(department).append(',')
                        .append(isHead ? "Head of Service" : "Officer").append(',')
                        .append(isHead ? "" : head).append(',')
                        .append(isHead ? "yes" : "").append('\n');
            }
        }
        return csv.toString();
    }
}
