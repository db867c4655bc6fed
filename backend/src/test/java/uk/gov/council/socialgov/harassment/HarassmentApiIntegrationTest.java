package uk.gov.council.socialgov.harassment;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.gov.council.socialgov.testing.Problems.fields;
import static uk.gov.council.socialgov.testing.Problems.messages;

/**
 * Harassment reports over HTTP: bad input named field by field with nothing saved, who may report,
 * need-to-know for every group, and the communications team's view of only the accounts to report.
 */
@MicronautTest(transactional = false)
class HarassmentApiIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject CaseExclusions exclusions;
    @Inject TransactionOperations<Connection> transactions;

    @Test
    void aBadReportNamesEachFieldAndSavesNothing() {
        ApiSession jones = session("cllr.jones");
        int before = jones.get("/api/harassment-reports").json().get("items").size();

        assertThat(fields(jones.post("/api/harassment-reports", Map.of()))).containsExactlyInAnyOrder("platform", "offendingAccounts",
                "description", "immediateDanger", "informGroupLeader", "policeTold");
        Map<String, Object> wrong = report();
        wrong.put("platform", "MYSPACE");
        wrong.put("postLinks", List.of("https://x.com/a/status/1", "not a link"));
        assertThat(messages(jones.post("/api/harassment-reports", wrong))).containsExactlyInAnyOrder(
                "platform: Select where it happened", "postLinks[1]: Enter each link as a web address starting https:// or http://");
        assertThat(jones.get("/api/harassment-reports").json().get("items").size()).isEqualTo(before);

        assertThat(session("sam.patel").post("/api/harassment-reports", report()).status()).isEqualTo(403);
        Map<String, Object> forSomeoneElse = report();
        forSomeoneElse.put("member", "cllr.begum");
        assertThat(jones.post("/api/harassment-reports", forSomeoneElse).status()).isEqualTo(403);
        forSomeoneElse.put("member", "sam.patel");
        assertThat(messages(session("david.okafor").post("/api/harassment-reports", forSomeoneElse)))
                .containsExactly("member: Select the councillor from the list");
    }

    @Test
    void onlyTheCouncillorAndTheMonitoringOfficerSeeAReportAndCommsOnlyTheAccountsToReport() {
        Response made = session("cllr.jones").post("/api/harassment-reports", report());
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String id = made.json().get("id").getStringValue();

        Map<String, Integer> expected = new HashMap<>(Map.of("cllr.jones", 200, "david.okafor", 200, "fiona.campbell", 200,
                "cllr.begum", 404, "helen.carter", 404, "alex.morgan", 404, "mark.wilson", 404, "linda.price", 404, "chris.lee", 404,
                "sam.patel", 404));
        expected.put("tom.hughes", 404);
        assertThat(readers(id, expected.keySet())).isEqualTo(expected);
        assertThat(ids(session("cllr.begum"))).doesNotContain(id);
        assertThat(ids(session("david.okafor"))).contains(id);

        ApiSession alex = session("alex.morgan");
        assertThat(alex.get("/api/harassment-reports/" + id + "/platform-report").status()).isEqualTo(404);
        ApiSession david = session("david.okafor");
        String triage = david.get("/api/cases/member-harassment-report/" + id).json().get("tasks").get(0).get("id").getStringValue();
        Response triaged = david.post("/api/tasks/" + triage + "/complete", Map.of("variables", Map.of("riskLevel", "MEDIUM",
                "actPlatform", true, "triageNotes", "Report the account")));
        assertThat(triaged.status()).as(triaged.body()).isEqualTo(204);

        JsonNode platform = alex.get("/api/harassment-reports/" + id + "/platform-report").json();
        assertThat(platform.get("offendingAccounts").getStringValue()).isEqualTo("@someone");
        assertThat(platform.get("description")).isNull();
        assertThat(alex.get("/api/harassment-reports/" + id).status()).isEqualTo(404);
        assertThat(session("sam.patel").get("/api/harassment-reports/" + id + "/platform-report").status()).isEqualTo(404);
        JsonNode mine = session("cllr.jones").get("/api/harassment-reports/" + id).json();
        assertThat(mine.get("statusLabel").getStringValue()).isEqualTo("Action is being taken");
        assertThat(mine.get("riskLabel").getStringValue()).isEqualTo("Medium");
    }

    @Test
    void theCommunicationsTeamsPlatformTaskShowsOnlyItsOwnStepOfTheCase() {
        Map<String, Object> serious = report();
        serious.put("policeTold", true);
        serious.put("crimeReference", "SP-26-11-0042");
        String id = session("cllr.jones").post("/api/harassment-reports", serious).json().get("id").getStringValue();
        ApiSession david = session("david.okafor");
        String triage = david.get("/api/cases/member-harassment-report/" + id).json().get("tasks").get(0).get("id").getStringValue();
        assertThat(david.post("/api/tasks/" + triage + "/complete", Map.of("variables", Map.of("riskLevel", "HIGH",
                "actPlatform", true, "actPolice", true, "actSafety", true, "actWellbeing", true, "actGroupLeader", false,
                "triageNotes", "Home address posted: safety plan and police liaison"))).status()).isEqualTo(204);

        ApiSession alex = session("alex.morgan");
        String platformTask = null;
        for (JsonNode task : alex.get("/api/tasks?size=200").json().get("items").values()) {
            if (id.equals(task.get("caseId").getStringValue())) {
                platformTask = task.get("id").getStringValue();
            }
        }
        assertThat(platformTask).as("the communications team's task on the report").isNotNull();
        assertThat(alex.post("/api/tasks/" + platformTask + "/claim", "").status()).isEqualTo(204);

        JsonNode diagram = alex.get("/api/tasks/" + platformTask + "/diagram").json();
        List<String> active = new ArrayList<>();
        diagram.get("activeActivityIds").values().forEach(step -> active.add(step.getStringValue()));
        assertThat(active).containsExactly("UserTask_Platform");
        String history = alex.get("/api/tasks/" + platformTask + "/history").body();
        assertThat(history).contains("TASK_CLAIMED", "Report or block on the platform")
                .doesNotContain("HARASSMENT", "police", "Police", "safety", "Safety", "wellbeing", "Wellbeing", "risk", "Risk", "HIGH");

        // The Monitoring Officer, who may read the whole report, sees the whole picture from their own tasks on it.
        String policeTask = null;
        for (JsonNode task : david.get("/api/cases/member-harassment-report/" + id).json().get("tasks").values()) {
            if (task.get("mayOpen").getBooleanValue()) {
                policeTask = task.get("id").getStringValue();
            }
        }
        JsonNode whole = david.get("/api/tasks/" + policeTask + "/diagram").json();
        assertThat(whole.get("activeActivityIds").size()).isGreaterThan(1);
        assertThat(david.get("/api/tasks/" + policeTask + "/history").body()).contains("HARASSMENT_REPORTED", "TASK_CLAIMED");
    }

    @Test
    void theReportsListLeavesOutReportsThePersonIsExcludedFromAndAuditsEachRead() {
        JsonNode made = session("cllr.jones").post("/api/harassment-reports", report()).json();
        String id = made.get("id").getStringValue();
        String reference = made.get("reference").getStringValue();
        transactions.executeWrite(status -> {
            exclusions.excludeInvolved("member-harassment-report", id, "fiona.campbell", "Related to the offender", "david.okafor");
            return null;
        });
        assertThat(ids(session("fiona.campbell"))).doesNotContain(id);
        assertThat(ids(session("david.okafor"))).contains(id);
        assertThat(session("linda.price").get("/api/audit?person=david.okafor&caseReference=" + reference).body())
                .contains("HARASSMENT_REPORT_LISTED");
    }

    private Map<String, Integer> readers(String id, Collection<String> usernames) {
        Map<String, Integer> statuses = new HashMap<>();
        for (String username : usernames) {
            ApiSession person = session(username);
            int details = person.get("/api/harassment-reports/" + id).status();
            int casePage = person.get("/api/cases/member-harassment-report/" + id).status();
            int evidence = person.get("/api/cases/member-harassment-report/" + id + "/evidence").status();
            assertThat(List.of(casePage, evidence)).as(username).containsOnly(details);
            statuses.put(username, details);
        }
        return statuses;
    }

    private static List<String> ids(ApiSession session) {
        List<String> ids = new ArrayList<>();
        session.get("/api/harassment-reports").json().get("items").values().forEach(item -> ids.add(item.get("id").getStringValue()));
        return ids;
    }

    private static Map<String, Object> report() {
        return new HashMap<>(Map.of("platform", "X_TWITTER", "offendingAccounts", "@someone", "description", "Threats after the vote",
                "postLinks", List.of("https://x.com/someone/status/1"), "immediateDanger", false, "informGroupLeader", true,
                "policeTold", false));
    }

    private ApiSession session(String username) {
        return ApiSession.signedIn(server, json, username);
    }
}
