package uk.gov.council.socialgov.registry;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.testing.Problems;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import uk.gov.council.socialgov.testing.Rows;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The communications team runs the registry by hand: adds an account that predates SocialGov, edits
 * it, sets its owner, adds and ends authorised users with reasons. Each change is audited; bad input
 * names the field and writes nothing; nobody else may; the "who could post on date X" list stays exact.
 */
@MicronautTest(transactional = false)
class RegistryEditingIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Inject AuthorisedUsers authorisedUsers;

    private ApiSession alex;

    @BeforeEach
    void comms() {
        alex = ApiSession.signedIn(server, json, "alex.morgan");
    }

    @Test
    void anOwnerWhoNeverSignedInIsShownByTheirNameFromTheDirectory() {
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        Response added = alex.post("/api/registry/accounts", account("@RangerBen" + UUID.randomUUID().toString().substring(0, 8),
                Map.of("owner", "ben.ward")));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode account = alex.get("/api/registry/accounts/" + added.json().get("id").getStringValue()).json();
        assertThat(account.get("owner").getStringValue()).isEqualTo("ben.ward");
        assertThat(account.get("ownerName").getStringValue()).as("Ben is only in the organisation directory").isEqualTo("Ben Ward");
    }

    @Test
    void anAccountThatPredatesSocialGovIsAddedWithItsOwnerAndAudited() {
        String handle = "@ccdc_markets_" + suffix();
        Response added = alex.post("/api/registry/accounts", account(handle, Map.of("owner", "priya.shah", "firstRecordedOn", "14/03/2019")));

        assertThat(added.status()).as(added.body()).isEqualTo(201);
        JsonNode account = added.json();
        String id = account.get("id").getStringValue();
        assertThat(account.get("status").getStringValue()).isEqualTo("ACTIVE");
        assertThat(account.get("kind").getStringValue()).isEqualTo("DEPARTMENTAL");
        assertThat(account.get("owner").getStringValue()).isEqualTo("priya.shah");
        assertThat(account.get("firstRecordedOn").getStringValue()).isEqualTo("2019-03-14");
        assertThat(account.get("mayEdit").getBooleanValue()).isTrue();
        assertThat(audited("ACCOUNT_ADDED", id)).isEqualTo(1);
        JsonNode asOwner = ApiSession.signedIn(server, json, "priya.shah").get("/api/registry/accounts/" + id).json();
        assertThat(asOwner.get("name").getStringValue()).isEqualTo("Cannock Chase Markets");
        assertThat(asOwner.get("mayEdit").getBooleanValue()).as("only comms edits").isFalse();
    }

    @Test
    void badAccountsAreRefusedNamingTheFieldAndNothingIsWritten() {
        long before = count("select count(*) from social_account");
        long audited = count("select count(*) from audit_event where action = 'ACCOUNT_ADDED'");
        String handle = "@ccdc_refused_" + suffix();

        assertThat(Problems.fields(alex.post("/api/registry/accounts", Map.of()))).contains("platform", "handle", "name", "department", "kind");
        assertThat(Problems.fields(alex.post("/api/registry/accounts", account(handle, Map.of("platform", "MYSPACE"))))).containsExactly("platform");
        assertThat(Problems.fields(alex.post("/api/registry/accounts", account(handle, Map.of("kind", "CAMPAIGN")))))
                .containsExactly("campaignEndDate");
        assertThat(Problems.fields(alex.post("/api/registry/accounts", account(handle, Map.of("url", "javascript:alert(1)")))))
                .containsExactly("url");
        assertThat(Problems.fields(alex.post("/api/registry/accounts", account(handle, Map.of("owner", "no.such.person")))))
                .containsExactly("owner");
        assertThat(Problems.fields(alex.post("/api/registry/accounts", account(handle, Map.of("firstRecordedOn", "2019-02-30")))))
                .containsExactly("firstRecordedOn");
        assertThat(Problems.messages(alex.post("/api/registry/accounts", account("@CANNOCKCHASEDC", Map.of("platform", "X_TWITTER")))))
                .containsExactly("handle: The registry already has @CANNOCKCHASEDC on X (Twitter)");

        assertThat(count("select count(*) from social_account")).isEqualTo(before);
        assertThat(count("select count(*) from audit_event where action = 'ACCOUNT_ADDED'")).isEqualTo(audited);
    }

    @Test
    void detailsAndOwnerAreChangedAuditedAndCheckedAgainstTheDirectory() {
        String id = newAccount();
        String handle = "@ccdc_events_" + suffix();

        Response edited = alex.put("/api/registry/accounts/" + id, Map.of("platform", "Facebook", "handle", handle,
                "name", "Cannock Chase Events", "url", "https://x.com/" + handle.substring(1), "department", "Economic Development",
                "kind", "CAMPAIGN", "campaignEndDate", "2027-03-31"));
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("handle").getStringValue()).isEqualTo(handle);
        assertThat(edited.json().get("kind").getStringValue()).isEqualTo("CAMPAIGN");
        assertThat(edited.json().get("campaignEndDate").getStringValue()).isEqualTo("2027-03-31");
        assertThat(text("select detail from audit_event where action = 'ACCOUNT_DETAILS_CHANGED' and case_id = '" + id + "'"))
                .contains("platform").contains("handle").contains("kind").contains("campaign end date");

        Response owned = alex.put("/api/registry/accounts/" + id + "/owner", Map.of("owner", "tom.hughes"));
        assertThat(owned.status()).as(owned.body()).isEqualTo(200);
        assertThat(owned.json().get("owner").getStringValue()).isEqualTo("tom.hughes");
        assertThat(alex.put("/api/registry/accounts/" + id + "/owner", Map.of("owner", "priya.shah")).json().get("owner").getStringValue())
                .isEqualTo("priya.shah");
        assertThat(audited("ACCOUNT_OWNER_CHANGED", id)).isEqualTo(2);

        assertThat(Problems.fields(alex.put("/api/registry/accounts/" + id + "/owner", Map.of()))).containsExactly("owner");
        assertThat(Problems.fields(alex.put("/api/registry/accounts/" + id + "/owner", Map.of("owner", "nobody.here")))).containsExactly("owner");
        assertThat(Problems.fields(alex.put("/api/registry/accounts/" + id, Map.of("platform", "FACEBOOK", "handle", "@CannockChaseDC",
                "name", "Taken", "department", "Economic Development", "kind", "DEPARTMENTAL")))).containsExactly("handle");
        assertThat(Problems.fields(alex.put("/api/registry/accounts/" + id, Map.of("platform", "X_TWITTER", "handle", handle,
                "name", "", "department", "Economic Development", "kind", "SOMETIMES")))).containsExactly("name", "kind");
        assertThat(alex.get("/api/registry/accounts/" + id).json().get("platform").getStringValue()).isEqualTo("FACEBOOK");
        JsonNode after = alex.get("/api/registry/accounts/" + id).json();
        assertThat(after.get("owner").getStringValue()).isEqualTo("priya.shah");
        assertThat(after.get("name").getStringValue()).isEqualTo("Cannock Chase Events");
        assertThat(audited("ACCOUNT_DETAILS_CHANGED", id)).isEqualTo(1);
        assertThat(alex.put("/api/registry/accounts/" + UUID.randomUUID() + "/owner", Map.of("owner", "priya.shah")).status())
                .isEqualTo(404);
    }

    @Test
    void authorisedUsersAddedAndEndedByHandAreExactOnEveryDateAndSayHowTheyWereGiven() {
        String id = newAccount();
        String handle = alex.get("/api/registry/accounts/" + id).json().get("handle").getStringValue();
        String users = "/api/registry/accounts/" + id + "/authorised-users";

        Response jo = alex.post(users, Map.of("username", "jo.evans", "fromDate", "2025-01-10", "toDate", "2025-02-20",
                "reason", "Covered the winter gritting posts"));
        assertThat(jo.status()).as(jo.body()).isEqualTo(201);
        Response tom = alex.post(users, Map.of("username", "tom.hughes", "fromDate", "2025-03-01", "reason", "Runs the markets team"));
        assertThat(tom.status()).as(tom.body()).isEqualTo(201);
        String tomsPeriod = period(tom.json(), "tom.hughes").get("id").getStringValue();

        Response ended = alex.post(users + "/" + tomsPeriod + "/end", Map.of("lastDay", "2025-04-30", "reason", "Moved to Building Control"));
        assertThat(ended.status()).as(ended.body()).isEqualTo(200);
        JsonNode tomsEnd = period(ended.json(), "tom.hughes");
        assertThat(tomsEnd.get("toDate").getStringValue()).isEqualTo("2025-04-30");
        assertThat(tomsEnd.get("endReason").getStringValue()).isEqualTo("Moved to Building Control");
        assertThat(tomsEnd.get("endedBy").getStringValue()).isEqualTo("alex.morgan");
        JsonNode josPeriod = period(ended.json(), "jo.evans");
        assertThat(josPeriod.get("givenBy").getStringValue()).isEqualTo("REGISTRY");
        assertThat(josPeriod.get("reason").getStringValue()).isEqualTo("Covered the winter gritting posts");
        assertThat(josPeriod.get("addedBy").getStringValue()).isEqualTo("alex.morgan");
        assertThat(josPeriod.get("addedAt").getStringValue()).isNotBlank();
        assertThat(audited("AUTHORISED_USER_ADDED", id)).isEqualTo(2);
        assertThat(audited("AUTHORISED_USER_ENDED", id)).isEqualTo(1);

        ApiSession linda = ApiSession.signedIn(server, json, "linda.price");
        Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        expected.put("2025-01-09", List.of());
        expected.put("2025-01-10", List.of("jo.evans"));
        expected.put("2025-02-20", List.of("jo.evans"));
        expected.put("2025-02-21", List.of());
        expected.put("2025-03-01", List.of("tom.hughes"));
        expected.put("2025-04-30", List.of("tom.hughes"));
        expected.put("2025-05-01", List.of());
        expected.forEach((date, people) -> {
            assertThat(people(linda.get("/api/registry/authorised-users?date=" + date).json(), handle)).as(date).isEqualTo(people);
            String csv = linda.get("/api/registry/authorised-users.csv?date=" + date).body();
            List<String> inCsv = csv.lines().filter(line -> line.contains(",'" + handle + ",")).map(line -> line.split(",")[5]).toList();
            assertThat(inCsv).as("CSV " + date).isEqualTo(people);
        });
        assertThat(linda.get("/api/registry/authorised-users.csv?date=2025-02-20").body())
                .contains("2025-02-20,X (Twitter),'" + handle + ",Cannock Chase Markets,Economic Development,jo.evans,")
                .contains(",2025-01-10,2025-02-20");
    }

    @Test
    void badPeriodsAreRefusedNamingTheFieldAndNothingIsWritten() {
        String id = newAccount();
        String users = "/api/registry/accounts/" + id + "/authorised-users";
        String period = period(alex.post(users, Map.of("username", "jo.evans", "fromDate", "2025-01-10", "reason", "Runs it")).json(),
                "jo.evans").get("id").getStringValue();
        long periods = count("select count(*) from authorised_user");

        assertThat(Problems.fields(alex.post(users, Map.of()))).containsExactly("username", "fromDate", "reason");
        assertThat(Problems.fields(alex.post(users, Map.of("username", "no.such.person", "fromDate", "2025-01-01", "reason", "Why"))))
                .containsExactly("username");
        assertThat(Problems.fields(alex.post(users, Map.of("username", "tom.hughes", "fromDate", "2025-02-30", "reason", "Why"))))
                .containsExactly("fromDate");
        assertThat(Problems.fields(alex.post(users, Map.of("username", "tom.hughes", "fromDate", "2025-03-01", "toDate", "2025-02-28",
                "reason", "Why")))).containsExactly("toDate");
        assertThat(Problems.fields(alex.post(users, Map.of("username", "tom.hughes", "fromDate", "2025-03-01", "reason", " "))))
                .containsExactly("reason");
        assertThat(Problems.messages(alex.post(users, Map.of("username", "jo.evans", "fromDate", "2026-01-01", "reason", "Again"))))
                .containsExactly("fromDate: They already have access to this account for some of these days");
        String end = users + "/" + period + "/end";
        assertThat(Problems.fields(alex.post(end, Map.of()))).containsExactly("lastDay", "reason");
        assertThat(Problems.fields(alex.post(end, Map.of("lastDay", "2025-01-09", "reason", "Left")))).containsExactly("lastDay");
        assertThat(alex.post(users + "/" + UUID.randomUUID() + "/end", Map.of("lastDay", "2025-02-01", "reason", "Left")).status())
                .isEqualTo(404);

        assertThat(count("select count(*) from authorised_user")).isEqualTo(periods);
        assertThat(text("select coalesce(cast(to_date as varchar), 'open') from authorised_user where id = '" + period + "'")).isEqualTo("open");
        assertThat(audited("AUTHORISED_USER_ENDED", id)).isZero();
    }

    @Test
    void onlyTheCommunicationsTeamChangesTheRegistry() {
        String id = newAccount();
        String period = period(alex.post("/api/registry/accounts/" + id + "/authorised-users", Map.of("username", "priya.shah",
                "fromDate", "2025-01-10", "reason", "Owner")).json(), "priya.shah").get("id").getStringValue();
        for (String who : List.of("priya.shah", "linda.price", "sam.patel")) {
            ApiSession person = ApiSession.signedIn(server, json, who);
            List<Integer> statuses = new ArrayList<>();
            statuses.add(person.post("/api/registry/accounts", account("@ccdc_" + suffix(), Map.of())).status());
            statuses.add(person.put("/api/registry/accounts/" + id, Map.of("name", "Mine")).status());
            statuses.add(person.put("/api/registry/accounts/" + id + "/owner", Map.of("owner", who)).status());
            statuses.add(person.post("/api/registry/accounts/" + id + "/authorised-users", Map.of("username", who,
                    "fromDate", "2025-01-01", "reason", "Me")).status());
            statuses.add(person.post("/api/registry/accounts/" + id + "/authorised-users/" + period + "/end",
                    Map.of("lastDay", "2025-02-01", "reason", "Me")).status());
            assertThat(statuses).as(who).containsOnly(403);
        }
        JsonNode account = alex.get("/api/registry/accounts/" + id).json();
        assertThat(account.get("owner").isNull()).isTrue();
        assertThat(account.get("authorisedUsers").size()).isEqualTo(1);
    }

    @Test
    void periodsRecordedWithoutARequestOrGrantSayTheyCameFromTheRegistryWithTheirReason() {
        JsonNode visit = alex.get("/api/registry/accounts/" + RegistryIntegrationTest.VISIT_CANNOCK_CHASE).json();
        JsonNode priya = period(visit, "priya.shah");
        assertThat(priya.get("givenBy").getStringValue()).isEqualTo("REGISTRY");
        assertThat(priya.get("reason").getStringValue()).isEqualTo("On the council's list of authorised users when SocialGov started (demo)");
    }

    @Test
    void accessATemporaryGrantGaveSaysSoAndEndsOnlyThroughTheGrant() {
        String id = newAccount();
        UUID grant = UUID.randomUUID();
        transactions.executeWrite(status -> {
            jdbc.prepareStatement("insert into access_grant (id, reference, grantee, requested_by, line_manager, purpose, intended_use, "
                    + "requested_end_date, status, requested_at) values (?, ?, 'jo.evans', 'jo.evans', 'priya.shah', 'Cover', 'Posts', "
                    + "date '2026-12-31', 'ACTIVE', now())", statement -> {
                        statement.setObject(1, grant);
                        statement.setString(2, "AG-T-" + suffix());
                        return statement.executeUpdate();
                    });
            authorisedUsers.open(UUID.fromString(id), "jo.evans", java.time.LocalDate.of(2026, 1, 5), "alex.morgan", grant);
            return null;
        });
        JsonNode period = period(alex.get("/api/registry/accounts/" + id).json(), "jo.evans");
        assertThat(period.get("givenBy").getStringValue()).isEqualTo("GRANT");
        assertThat(period.get("grantId").getStringValue()).isEqualTo(grant.toString());

        Response refused = alex.post("/api/registry/accounts/" + id + "/authorised-users/" + period.get("id").getStringValue() + "/end",
                Map.of("lastDay", "2026-02-01", "reason", "Left"));

        assertThat(refused.status()).as(refused.body()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(text("select coalesce(cast(to_date as varchar), 'open') from authorised_user where grant_id = '" + grant + "'"))
                .isEqualTo("open");
    }

    private String newAccount() {
        Response added = alex.post("/api/registry/accounts", account("@ccdc_markets_" + suffix(), Map.of()));
        assertThat(added.status()).as(added.body()).isEqualTo(201);
        return added.json().get("id").getStringValue();
    }

    private static Map<String, Object> account(String handle, Map<String, Object> overrides) {
        Map<String, Object> account = new HashMap<>(Map.of("platform", "X_TWITTER", "handle", handle, "name", "Cannock Chase Markets",
                "url", "https://x.com/" + handle.substring(1), "department", "Economic Development", "kind", "DEPARTMENTAL"));
        account.putAll(overrides);
        return account;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static JsonNode period(JsonNode account, String username) {
        for (JsonNode period : account.get("authorisedUsers").values()) {
            if (period.get("username").getStringValue().equals(username)) {
                return period;
            }
        }
        throw new AssertionError("No period of " + username);
    }

    private static List<String> people(JsonNode list, String handle) {
        List<String> people = new ArrayList<>();
        list.get("items").values().forEach(item -> {
            if (item.get("handle").getStringValue().equals(handle)) {
                people.add(item.get("username").getStringValue());
            }
        });
        return people;
    }

    private long audited(String action, String caseId) {
        return count("select count(*) from audit_event where action = '" + action + "' and case_id = '" + caseId + "'");
    }

    private long count(String sql) {
        return new Rows(transactions, jdbc).count(sql);
    }

    private String text(String sql) {
        return new Rows(transactions, jdbc).text(sql);
    }
}
