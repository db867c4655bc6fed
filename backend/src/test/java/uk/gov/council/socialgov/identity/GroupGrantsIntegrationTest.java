package uk.gov.council.socialgov.identity;

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
import uk.gov.council.testsupport.SampleRequests;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The confidential groups (HR, Monitoring Officer, Information Manager, Internal Audit) are given
 * only when a second administrator agrees, never to someone kept out of a case of the kind that
 * group reads; taking groups away needs nobody's agreement and is announced to other features.
 */
@MicronautTest(transactional = false)
class GroupGrantsIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Inject GroupsRemovedRecorder removals;

    private ApiSession chris;
    private ApiSession second;

    @BeforeEach
    void administrators() {
        chris = ApiSession.signedIn(server, json, "chris.lee");
        if (chris.get("/api/admin/users/dee.admin").status() == 404) {
            assertThat(chris.post("/api/admin/users", newUser("dee.admin", List.of("staff", "admins"))).status()).isEqualTo(201);
        }
        second = ApiSession.signedIn(server, json, "dee.admin");
    }

    @Test
    void aNewPersonAddedToHrWaitsForASecondAdministrator() {
        Response created = chris.post("/api/admin/users", newUser("hana.adviser", List.of("staff", "hr")));

        assertThat(created.status()).isEqualTo(201);
        assertThat(strings(created.json().get("groups"))).containsExactly("staff");
        assertThat(strings(created.json().get("pendingGroups"))).containsExactly("hr");
        JsonNode grant = pendingFor("hana.adviser");
        assertThat(grant.get("group").getStringValue()).isEqualTo("hr");
        assertThat(grant.get("requestedBy").getStringValue()).isEqualTo("chris.lee");
        assertThat(strings(ApiSession.signedIn(server, json, "hana.adviser").get("/api/me").json().get("groups")))
                .containsExactly("staff");
        assertThat(audit("hana.adviser")).contains("GROUP_GRANT_REQUESTED group=hr");
    }

    @Test
    void theAdministratorWhoAskedCannotApproveButASecondOneCan() {
        chris.post("/api/admin/users", newUser("ivo.adviser", List.of("staff", "hr")));
        String id = pendingFor("ivo.adviser").get("id").getStringValue();

        Response own = chris.post("/api/admin/group-grants/" + id + "/approval", "{}");
        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detail").getStringValue()).isEqualTo("You asked for this, so another administrator must approve it");
        assertThat(strings(chris.get("/api/admin/users/ivo.adviser").json().get("groups"))).containsExactly("staff");

        Response approved = second.post("/api/admin/group-grants/" + id + "/approval", "{}");
        assertThat(approved.status()).isEqualTo(200);
        assertThat(approved.json().get("outcome").getStringValue()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decidedBy").getStringValue()).isEqualTo("dee.admin");
        assertThat(strings(ApiSession.signedIn(server, json, "ivo.adviser").get("/api/me").json().get("groups")))
                .containsExactly("hr", "staff");
        assertThat(second.get("/api/admin/group-grants").json().get("items").values()).extracting(g -> g.get("id").getStringValue())
                .doesNotContain(id);
        assertThat(audit("ivo.adviser")).contains("GROUP_GRANT_REQUESTED group=hr",
                "GROUP_GRANT_APPROVED group=hr, asked for by chris.lee");

        Response again = second.post("/api/admin/group-grants/" + id + "/approval", "{}");
        assertThat(again.status()).as("already decided").isEqualTo(409);
    }

    @Test
    void anAdministratorGivingThemselvesAuditorsWaitsForAnotherWhoMayApprove() {
        Response self = chris.put("/api/admin/users/chris.lee", change("Chris Lee", List.of("staff", "admins", "auditors")));

        assertThat(self.status()).isEqualTo(200);
        assertThat(strings(self.json().get("groups"))).containsExactly("admins", "staff");
        assertThat(strings(self.json().get("pendingGroups"))).containsExactly("auditors");
        String id = pendingFor("chris.lee").get("id").getStringValue();
        assertThat(chris.post("/api/admin/group-grants/" + id + "/approval", "{}").status()).isEqualTo(403);

        Response refused = second.post("/api/admin/group-grants/" + id + "/refusal", Map.of("reason", "Internal audit is not for us"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.json().get("outcome").getStringValue()).isEqualTo("REFUSED");
        assertThat(strings(chris.get("/api/admin/users/chris.lee").json().get("groups"))).containsExactly("admins", "staff");
        assertThat(strings(chris.get("/api/admin/users/chris.lee").json().get("pendingGroups"))).isEmpty();
        // The reason is kept with the request; the audit trail names the refusal only (decision 0028).
        assertThat(refused.json().get("reason").getStringValue()).isEqualTo("Internal audit is not for us");
        assertThat(audit("chris.lee")).contains("GROUP_GRANT_REFUSED group=auditors, asked for by chris.lee")
                .noneMatch(row -> row.contains("Internal audit is not for us"));
    }

    @Test
    void noAdministratorApprovesAGroupForThemselves() {
        chris.put("/api/admin/users/dee.admin", change("dee.admin", List.of("staff", "admins", "monitoring-officer")));
        String id = pendingFor("dee.admin").get("id").getStringValue();

        Response own = second.post("/api/admin/group-grants/" + id + "/approval", "{}");

        assertThat(own.status()).isEqualTo(403);
        assertThat(own.json().get("detail").getStringValue()).isEqualTo("You cannot approve a group for yourself");
        assertThat(strings(chris.get("/api/admin/users/dee.admin").json().get("groups"))).doesNotContain("monitoring-officer");
        assertThat(second.post("/api/admin/group-grants/" + id + "/refusal", Map.of("reason", "Asked by mistake")).status())
                .as("anyone may turn a grant down").isEqualTo(200);
    }

    @Test
    void someoneKeptOutOfACaseIsNotGivenAGroupThatReadsCasesOfThatKind() {
        chris.post("/api/admin/users", newUser("pat.green", List.of("staff")));
        Map<String, Object> report = new HashMap<>(Map.of("subjectKind", "EMPLOYEE", "subject", "pat.green", 
                "clauses", List.of("B1.4-abuse"), "description", "Abusive replies to residents",
                "postLinks", List.of("https://x.com/someone/status/1")));
        assertThat(ApiSession.signedIn(server, json, "sam.patel").post("/api/breach-reports", report).status()).isEqualTo(201);

        Response hr = chris.put("/api/admin/users/pat.green", change("pat.green", List.of("staff", "comms", "hr")));

        assertThat(Problems.messages(hr)).containsExactly(
                "groups: pat.green cannot join the HR group because they are kept out of a case that group can read");
        JsonNode after = chris.get("/api/admin/users/pat.green").json();
        assertThat(strings(after.get("groups"))).as("nothing was changed").containsExactly("staff");
        assertThat(strings(after.get("pendingGroups"))).isEmpty();

        chris.post("/api/admin/users", newUser("quinn.ray", List.of("staff")));
        String requestId = ApiSession.signedIn(server, json, "priya.shah").post("/api/account-requests", SampleRequests.accountRequest())
                .json().get("id").getStringValue();
        assertThat(ApiSession.signedIn(server, json, "alex.morgan").post("/api/account-requests/" + requestId + "/exclusions",
                Map.of("username", "quinn.ray", "reason", "Close colleague of the requester")).status()).isEqualTo(204);
        assertThat(Problems.messages(chris.put("/api/admin/users/quinn.ray", change("quinn.ray", List.of("staff", "auditors")))))
                .containsExactly("groups: quinn.ray cannot join the Internal Audit group because they are kept out of a case that group can read");
        Response monitoringOfficer = chris.put("/api/admin/users/quinn.ray", change("quinn.ray", List.of("staff", "monitoring-officer")));
        assertThat(monitoringOfficer.status()).as("the Monitoring Officer does not read account requests").isEqualTo(200);
        assertThat(strings(monitoringOfficer.json().get("pendingGroups"))).containsExactly("monitoring-officer");
    }

    @Test
    void approvalChecksExclusionsAgainAndBadInputChangesNothing() {
        chris.post("/api/admin/users", newUser("rob.later", List.of("staff", "information-manager")));
        String id = pendingFor("rob.later").get("id").getStringValue();
        String requestId = ApiSession.signedIn(server, json, "priya.shah").post("/api/account-requests", SampleRequests.accountRequest())
                .json().get("id").getStringValue();
        ApiSession.signedIn(server, json, "alex.morgan").post("/api/account-requests/" + requestId + "/exclusions",
                Map.of("username", "rob.later", "reason", "Related to the requester"));

        assertThat(Problems.fields(second.post("/api/admin/group-grants/" + id + "/approval", "{}"))).containsExactly("groups");
        assertThat(Problems.fields(second.post("/api/admin/group-grants/" + id + "/refusal", Map.of("reason", "")))).containsExactly("reason");
        assertThat(Problems.fields(second.post("/api/admin/group-grants/" + id + "/refusal", Map.of("reason", "x".repeat(2001)))))
                .containsExactly("reason");
        assertThat(Problems.fields(second.post("/api/admin/group-grants/not-an-id/approval", "{}"))).containsExactly("id");
        assertThat(Problems.fields(second.get("/api/admin/group-grants?status=everything"))).containsExactly("status");
        assertThat(second.post("/api/admin/group-grants/" + UUID.randomUUID() + "/approval", "{}").status()).isEqualTo(404);

        assertThat(pendingFor("rob.later").get("id").getStringValue()).as("still waiting").isEqualTo(id);
        assertThat(strings(chris.get("/api/admin/users/rob.later").json().get("groups"))).containsExactly("staff");
        assertThat(audit("rob.later")).containsExactly("GROUP_GRANT_REQUESTED group=information-manager", "USER_CREATED groups=[staff]");
    }

    @Test
    void removingGroupsNeedsNoSecondAdministratorAndIsAnnouncedInTheSameTransaction() {
        Response changed = chris.put("/api/admin/users/helen.carter", change("Helen Carter (HR Adviser)", List.of("comms")));

        assertThat(changed.status()).isEqualTo(200);
        assertThat(strings(changed.json().get("groups"))).containsExactly("comms");
        List<GroupsRemovedRecorder.Heard> heard = removals.about("helen.carter");
        assertThat(heard).hasSize(1);
        assertThat(heard.get(0).event()).isEqualTo(new GroupsRemoved("helen.carter", Set.of("hr", "staff"), "chris.lee"));
        assertThat(heard.get(0).inTransaction()).isTrue();
        assertThat(heard.get(0).groupsThen()).as("already removed in that transaction").containsExactly("comms");

        chris.put("/api/admin/users/helen.carter", change("Helen Carter (HR Adviser)", List.of("comms", "staff")));
        assertThat(removals.about("helen.carter")).as("adding a group is no removal").hasSize(1);
    }

    private JsonNode pendingFor(String username) {
        Response pending = second.get("/api/admin/group-grants");
        assertThat(pending.status()).as(pending.body()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        pending.json().get("items").values().forEach(grant -> {
            if (grant.get("username").getStringValue().equals(username)) {
                found.add(grant);
            }
        });
        assertThat(found).hasSize(1);
        assertThat(found.get(0).get("outcome").isNull()).isTrue();
        return found.get(0);
    }

    /** The person's identity audit rows, newest first, as "ACTION detail". */
    private List<String> audit(String username) {
        return transactions.executeRead(status -> jdbc.prepareStatement("""
                select action || coalesce(' ' || detail, '') from audit_event
                where case_type = 'user' and case_id = ? and action not in ('SIGNED_IN', 'USER_CHANGED')
                order by id desc""", statement -> {
            statement.setString(1, username);
            List<String> rows = new ArrayList<>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(result.getString(1));
                }
            }
            return rows;
        }));
    }

    private static Map<String, Object> newUser(String username, List<String> groups) {
        return Map.of("username", username, "displayName", username, "email", username + "@example-council.gov.uk",
                "password", ApiSession.DEMO_PASSWORD, "groups", groups);
    }

    private static Map<String, Object> change(String displayName, List<String> groups) {
        return Map.of("displayName", displayName, "enabled", true, "groups", groups);
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.values().forEach(value -> values.add(value.getStringValue()));
        }
        return values;
    }
}
