package uk.gov.council.socialgov.access;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.testing.DirectoryPeople;
import uk.gov.council.socialgov.testing.People;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Access grants over HTTP: the request form's options, bad input named field by field with nothing
 * saved, who may see a grant, the statement signed on the task page, and removal by comms only.
 */
@MicronautTest(transactional = false)
class AccessGrantApiIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject TaskService tasks;
    @Inject CaseExclusions exclusions;
    @Inject TransactionOperations<Connection> transactions;
    @Inject JdbcOperations jdbc;

    @Test
    void theFormOffersTheCorporateAccountsWhoWillEndorseAndTheStatement() {
        JsonNode options = ApiSession.signedIn(server, json, "sam.patel").get("/api/access-grants/options").json();

        List<String> accounts = new ArrayList<>();
        options.get("accounts").values().forEach(account -> accounts.add(account.get("handle").getStringValue()));
        assertThat(accounts).contains("@CannockChaseDC", "@CCDCYourVoice").doesNotContain("@visitcannockchase", "@ccdc_sbc");
        assertThat(options.get("grantee").getStringValue()).isEqualTo("sam.patel");
        assertThat(options.get("endorser").get("username").getStringValue()).as("Sam's line manager in the directory").isEqualTo("priya.shah");
        assertThat(options.get("endorser").get("displayName").getStringValue()).startsWith("Priya Shah");
        assertThat(options.get("endorser").get("lineManager").getBooleanValue()).isTrue();
        assertThat(ApiSession.signedIn(server, json, "sam.patel").get("/api/access-grants/options?grantee=jo.evans").json()
                .get("grantee").getStringValue()).as("staff ask only for themselves").isEqualTo("sam.patel");
        JsonNode forJo = ApiSession.signedIn(server, json, "alex.morgan").get("/api/access-grants/options?grantee=jo.evans").json();
        assertThat(forJo.get("endorser").get("username").getStringValue()).isEqualTo("tom.hughes");
        JsonNode bySamsManager = ApiSession.signedIn(server, json, "priya.shah").get("/api/access-grants/options?grantee=sam.patel").json();
        assertThat(bySamsManager.get("endorser").isNull()).as("Priya is Sam's line manager and head of department").isTrue();
        assertThat(bySamsManager.get("noEndorser").getStringValue()).isEqualTo("Nobody in the organisation directory other than you "
                + "can endorse a request for Sam Patel: ask HR to record their line manager, or a head of their department, in the directory");
        assertThat(options.get("maxEndDate").getStringValue()).isEqualTo(EngineClock.today().plusMonths(12).toString());
        assertThat(options.get("defaultEndDate").getStringValue()).isEqualTo(EngineClock.today().plusMonths(3).toString());
        assertThat(options.get("statement").get("text").getStringValue()).contains("I will not:");
    }

    @Test
    void badRequestsNameEachFieldAndSaveNothing() {
        ApiSession jo = ApiSession.signedIn(server, json, "jo.evans");
        long before = jo.get("/api/access-grants").json().get("total").getLongValue();

        Response empty = jo.post("/api/access-grants", Map.of());
        assertThat(fields(empty)).contains("accountIds", "purpose", "intendedUse", "requestedEndDate");

        // Helen Carter heads Human Resources and has no line manager: HR must fix the directory before anyone can endorse.
        ApiSession helen = ApiSession.signedIn(server, json, "helen.carter");
        long helensBefore = helen.get("/api/access-grants").json().get("total").getLongValue();
        Map<String, Object> form = form();
        form.put("accountIds", List.of("6d1f0a52-0c55-4b5e-9d1a-000000000010"));
        form.put("requestedEndDate", EngineClock.today().plusMonths(13).toString());
        Response wrong = helen.post("/api/access-grants", form);
        assertThat(messages(wrong)).containsExactly(
                "grantee: Nobody in the organisation directory can endorse your request: ask HR to record your line manager, "
                        + "or a head of your department, in the directory",
                "accountIds[0]: Select an account from the list",
                "requestedEndDate: Access can last 12 months at most: choose a date on or before "
                        + EngineClock.ukDate(EngineClock.today().plusMonths(12)));

        form = form();
        form.put("accountIds", List.of("not-a-uuid"));
        assertThat(jo.post("/api/access-grants", form).status()).isEqualTo(400);
        form = form();
        form.put("grantee", "sam.patel");
        Response forSomeoneElse = jo.post("/api/access-grants", form);
        assertThat(forSomeoneElse.status()).isEqualTo(403);
        assertThat(forSomeoneElse.contentType()).startsWith("application/problem+json");
        assertThat(jo.get("/api/access-grants").json().get("total").getLongValue()).isEqualTo(before);
        assertThat(helen.get("/api/access-grants").json().get("total").getLongValue()).isEqualTo(helensBefore);
    }

    @Test
    void onlyThePeopleOfAGrantAndCommsSeeItAndOnlyCommsRemovesIt() {
        ApiSession jo = ApiSession.signedIn(server, json, "jo.evans");
        Response created = jo.post("/api/access-grants", form());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").getStringValue();
        assertThat(created.json().get("status").getStringValue()).isEqualTo("REQUESTED");
        assertThat(created.json().get("lineManager").getStringValue()).as("Jo's line manager in the directory").isEqualTo("tom.hughes");
        assertThat(created.json().get("lineManagerName").getStringValue()).startsWith("Tom Hughes");

        for (String outsider : List.of("sam.patel", "priya.shah", "helen.carter", "linda.price")) {
            assertThat(ApiSession.signedIn(server, json, outsider).get("/api/access-grants/" + id).status()).as(outsider).isEqualTo(404);
            assertThat(ApiSession.signedIn(server, json, outsider).get("/api/cases/access-grant/" + id).status()).as(outsider).isEqualTo(404);
        }
        ApiSession tom = ApiSession.signedIn(server, json, "tom.hughes");
        assertThat(tom.get("/api/access-grants/" + id).status()).isEqualTo(200);
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        assertThat(alex.get("/api/access-grants/" + id).json().get("mayRemove").getBooleanValue()).isTrue();

        // The line manager endorses on the task page; the requester cannot (it is not theirs).
        String endorse = taskId(tom, id, "Endorse the request for access");
        assertThat(jo.post("/api/tasks/" + endorse + "/complete", Map.of("variables", Map.of("endorsement", "endorse"))).status())
                .isEqualTo(404);
        assertThat(tom.post("/api/tasks/" + endorse + "/complete", Map.of("variables", Map.of("endorsement", "decline")))
                .status()).isEqualTo(400); // a reason is needed to decline
        assertThat(tom.post("/api/tasks/" + endorse + "/complete", Map.of("variables", Map.of("endorsement", "endorse")))
                .status()).isEqualTo(204);

        String path = "/api/access-grants/" + id + "/removal";
        assertThat(fields(alex.post(path, Map.of("reason", " ")))).containsExactly("reason");
        assertThat(jo.post(path, Map.of("reason", "Mine")).status()).isEqualTo(403);
        Response removed = alex.post(path, Map.of("reason", "The team will post these itself"));
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(removed.json().get("status").getStringValue()).isEqualTo("REVOKED");
        assertThat(removed.json().get("endReason").getStringValue()).isEqualTo("The team will post these itself");
        assertThat(alex.post(path, Map.of("reason", "Again")).status()).isEqualTo(409);
        assertThat(jo.get("/api/cases/access-grant/" + id).json().get("tasks").size()).isZero();
    }

    @Test
    void whoeverAsksForAccessCannotEndorseItDecideItOrGiveIt() {
        ApiSession tom = ApiSession.signedIn(server, json, "tom.hughes");
        long before = tom.get("/api/access-grants").json().get("total").getLongValue();
        Map<String, Object> form = form();
        form.put("grantee", "jo.evans"); // Tom is Jo's line manager and heads her department
        form.put("accountIds", List.of("6d1f0a52-0c55-4b5e-9d1a-000000000006")); // one nobody asked for Jo: only the endorser is wrong
        assertThat(messages(tom.post("/api/access-grants", form))).containsExactly("grantee: Nobody in the organisation directory "
                + "other than you can endorse a request for Jo Evans: ask HR to record their line manager, or a head of their department, in the directory");
        assertThat(tom.get("/api/access-grants").json().get("total").getLongValue()).isEqualTo(before);

        // Someone only in the organisation directory cannot sign the statement of use, so cannot be given access yet.
        form.put("grantee", "ben.ward");
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        long everyGrant = alex.get("/api/access-grants").json().get("total").getLongValue();
        Response noSignIn = alex.post("/api/access-grants", form);
        assertThat(noSignIn.status()).isEqualTo(400);
        assertThat(messages(noSignIn)).containsExactly("grantee: Ben Ward cannot sign in to SocialGov yet, so could not sign the "
                + "statement of use: ask an administrator to give them a sign-in first");
        assertThat(alex.get("/api/access-grants").json().get("total").getLongValue()).isEqualTo(everyGrant);

        // A request already waiting with its asker as the endorser (made before this rule) still cannot be endorsed by them.
        form.put("grantee", "sam.patel");
        Response asked = tom.post("/api/access-grants", form);
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        String id = asked.json().get("id").getStringValue();
        String endorse = taskId(ApiSession.signedIn(server, json, "priya.shah"), id, "Endorse the request for access");
        tasks.setAssignee(endorse, "tom.hughes");
        Response selfEndorsed = tom.post("/api/tasks/" + endorse + "/complete", Map.of("variables", Map.of("endorsement", "endorse")));
        assertThat(selfEndorsed.status()).as(selfEndorsed.body()).isEqualTo(403);
        assertThat(tom.get("/api/access-grants/" + id).json().get("status").getStringValue()).isEqualTo("REQUESTED");
    }

    @Test
    void whenTheAskerIsTheLineManagerOrThereIsNoneTheHeadOfTheDepartmentEndorses() {
        People.add(server, json, "kit.trainee", List.of("staff"));
        People.add(server, json, "pip.newstarter", List.of("staff"));
        DirectoryPeople.put(transactions, jdbc, "kit.trainee", "Communications", "alex.morgan");
        DirectoryPeople.put(transactions, jdbc, "pip.newstarter", "Economic Development", null);
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");

        Map<String, Object> form = form();
        form.put("grantee", "kit.trainee");
        Response byTheLineManager = alex.post("/api/access-grants", form);
        assertThat(byTheLineManager.status()).as(byTheLineManager.body()).isEqualTo(201);
        String id = byTheLineManager.json().get("id").getStringValue();
        assertThat(byTheLineManager.json().get("lineManager").getStringValue()).as("the head of Communications").isEqualTo("nia.roberts");
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        assertThat(nia.post("/api/tasks/" + taskId(nia, id, "Endorse the request for access") + "/complete",
                Map.of("variables", Map.of("endorsement", "endorse"))).status()).isEqualTo(204);
        assertThat(alex.get("/api/access-grants/" + id).json().get("status").getStringValue()).isEqualTo("ENDORSED");

        form.put("grantee", "pip.newstarter");
        Response noLineManager = alex.post("/api/access-grants", form);
        assertThat(noLineManager.status()).as(noLineManager.body()).isEqualTo(201);
        assertThat(noLineManager.json().get("lineManager").getStringValue()).as("the head of Economic Development").isEqualTo("priya.shah");
        assertThat(taskId(ApiSession.signedIn(server, json, "priya.shah"), noLineManager.json().get("id").getStringValue(),
                "Endorse the request for access")).isNotBlank();
    }

    @Test
    void theGrantsListLeavesOutGrantsThePersonIsExcludedFromAndAuditsEachRead() {
        JsonNode asked = ApiSession.signedIn(server, json, "jo.evans").post("/api/access-grants", form()).json();
        String reference = asked.get("reference").getStringValue();
        String id = asked.get("id").getStringValue();
        transactions.executeWrite(status -> {
            exclusions.excludeInvolved("access-grant", id, "alex.morgan", "Jo's partner", "nia.roberts");
            return null;
        });
        Response alexs = ApiSession.signedIn(server, json, "alex.morgan").get("/api/access-grants?size=100");
        Response nias = ApiSession.signedIn(server, json, "nia.roberts").get("/api/access-grants?size=100");
        assertThat(alexs.body()).doesNotContain(reference);
        assertThat(nias.body()).contains(reference);
        assertThat(alexs.json().get("total").getLongValue()).isEqualTo(nias.json().get("total").getLongValue() - 1);
        assertThat(ApiSession.signedIn(server, json, "linda.price").get("/api/audit?person=nia.roberts&caseReference=" + reference)
                .body()).contains("ACCESS_GRANT_LISTED");
    }

    private static Map<String, Object> form() {
        Map<String, Object> form = new HashMap<>();
        form.put("accountIds", List.of("6d1f0a52-0c55-4b5e-9d1a-000000000007"));
        form.put("purpose", "Run the consultation on the leisure strategy");
        form.put("intendedUse", "Two posts a week and replies to questions");
        form.put("requestedEndDate", EngineClock.today().plusMonths(3).toString());
        return form;
    }

    private static String taskId(ApiSession session, String grantId, String name) {
        for (JsonNode task : session.get("/api/cases/access-grant/" + grantId).json().get("tasks").values()) {
            if (task.get("name").getStringValue().equals(name) && task.get("mayOpen").getBooleanValue()) {
                return task.get("id").getStringValue();
            }
        }
        throw new AssertionError("No task " + name);
    }

    private static List<String> fields(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> found = new ArrayList<>();
        response.json().get("errors").values().forEach(error -> found.add(error.get("field").getStringValue()));
        return found;
    }

    private static List<String> messages(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        List<String> found = new ArrayList<>();
        response.json().get("errors").values().forEach(error -> found.add(error.get("field").getStringValue() + ": "
                + error.get("message").getStringValue()));
        return found;
    }
}
