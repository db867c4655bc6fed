package uk.gov.council.socialgov.accounts;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.testing.DirectoryPeople;
import uk.gov.council.socialgov.testing.People;
import uk.gov.council.socialgov.testing.Problems;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * P1 from a member of staff (issue 19): the head of their department in the organisation directory
 * endorses or declines it before the communications team reviews it; a head's own request and a
 * service manager's skip that; a requester the directory cannot place is refused on the department.
 */
@MicronautTest(transactional = false)
class AccountRequestEndorsementIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject TransactionOperations<Connection> transactions;
    @Inject JdbcOperations jdbc;

    @Test
    void aStaffRequestIsEndorsedByTheHeadOfTheirDepartmentThenReviewedByComms() {
        // Gary Lewis works in Human Resources; its head, Helen Carter, is not a service manager.
        ApiSession gary = session("gary.lewis");
        JsonNode endorsement = gary.get("/api/account-requests/endorsement").json();
        assertThat(endorsement.get("needed").getBooleanValue()).isTrue();
        assertThat(endorsement.get("department").getStringValue()).isEqualTo("Human Resources");
        assertThat(endorsement.get("endorser").get("username").getStringValue()).isEqualTo("helen.carter");
        assertThat(endorsement.get("endorser").get("displayName").getStringValue()).startsWith("Helen Carter");

        Response created = gary.post("/api/account-requests", request("Human Resources", "@CouncilJobs"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").getStringValue();
        assertThat(created.json().get("status").getStringValue()).isEqualTo("AWAITING_ENDORSEMENT");
        assertThat(created.json().get("endorser").getStringValue()).isEqualTo("helen.carter");

        ApiSession helen = session("helen.carter");
        assertThat(helen.get("/api/account-requests/" + id).status()).as("the head asked to endorse reads it").isEqualTo(200);
        assertThat(references(helen)).contains(created.json().get("reference").getStringValue());
        for (String outsider : List.of("jo.evans", "tom.hughes", "linda.price")) {
            assertThat(session(outsider).get("/api/account-requests/" + id).status()).as(outsider).isEqualTo(404);
        }
        assertThat(openTasks(id, session("alex.morgan"))).as("nothing for comms before the endorsement").isEmpty();

        String endorse = onlyTask(id, helen, "Endorse the account request");
        assertThat(gary.post("/api/tasks/" + endorse + "/complete", Map.of("variables", Map.of("endorsement", "endorse"))).status())
                .as("not the requester's step").isEqualTo(404);
        assertThat(helen.post("/api/tasks/" + endorse + "/complete", Map.of("variables", Map.of("endorsement", "endorse"))).status())
                .isEqualTo(204);
        JsonNode endorsed = gary.get("/api/account-requests/" + id).json();
        assertThat(endorsed.get("status").getStringValue()).isEqualTo("SUBMITTED");
        assertThat(endorsed.get("endorsedAt").isNull()).isFalse();
        assertThat(endorsed.get("endorserName").getStringValue()).startsWith("Helen Carter");

        ApiSession alex = session("alex.morgan");
        String review = onlyTask(id, alex, "Review account request");
        assertThat(alex.post("/api/tasks/" + review + "/complete", Map.of("variables", Map.of("decision", "approve"))).status())
                .isEqualTo(204);
        assertThat(gary.get("/api/account-requests/" + id).json().get("status").getStringValue()).isEqualTo("APPROVED");
        assertThat(strings("select action from audit_event where case_id = ? order by id", id))
                .containsSubsequence("ACCOUNT_REQUEST_SUBMITTED", "ACCOUNT_REQUEST_ENDORSED", "ACCOUNT_REQUEST_APPROVED");
    }

    @Test
    void aRequestTheHeadDeclinesEndsAsNotEndorsedAndTheRequesterIsTold() {
        ApiSession sam = session("sam.patel"); // Economic Development, headed by Priya Shah
        Response created = sam.post("/api/account-requests", request("Economic Development", "@EconDevEvents"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").getStringValue();

        ApiSession priya = session("priya.shah");
        String endorse = onlyTask(id, priya, "Endorse the account request");
        Response noReason = priya.post("/api/tasks/" + endorse + "/complete", Map.of("variables", Map.of("endorsement", "decline")));
        assertThat(Problems.fields(noReason)).containsExactly("reason");
        assertThat(sam.get("/api/account-requests/" + id).json().get("status").getStringValue()).isEqualTo("AWAITING_ENDORSEMENT");

        assertThat(priya.post("/api/tasks/" + endorse + "/complete", Map.of("variables", Map.of("endorsement", "decline",
                "reason", "The events team already posts these from the corporate account"))).status()).isEqualTo(204);
        JsonNode declined = sam.get("/api/account-requests/" + id).json();
        assertThat(declined.get("status").getStringValue()).isEqualTo("NOT_ENDORSED");
        assertThat(declined.get("statusLabel").getStringValue()).isEqualTo("Not endorsed by the head of department");
        assertThat(declined.get("rejectionReason").getStringValue()).isEqualTo("The events team already posts these from the corporate account");
        assertThat(declined.get("decidedBy").getStringValue()).isEqualTo("priya.shah");
        assertThat(declined.get("mayWithdraw").getBooleanValue()).isFalse();
        assertThat(openTasks(id, session("alex.morgan"))).isEmpty();
        assertThat(strings("select subject from notification where recipient = ?", "sam.patel"))
                .contains("Your account request " + created.json().get("reference").getStringValue() + " has not been endorsed");
    }

    @Test
    void aHeadOfDepartmentsOwnRequestGoesStraightToComms() {
        ApiSession helen = session("helen.carter"); // heads Human Resources
        assertThat(helen.get("/api/account-requests/endorsement").json().get("needed").getBooleanValue()).isFalse();
        Response created = helen.post("/api/account-requests", request("Human Resources", "@CouncilCareers"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").getStringValue();
        assertThat(created.json().get("status").getStringValue()).isEqualTo("SUBMITTED");
        assertThat(created.json().get("endorser").isNull()).isTrue();
        assertThat(onlyTask(id, session("alex.morgan"), "Review account request")).isNotBlank();
    }

    @Test
    void aRequesterTheDirectoryCannotPlaceIsRefusedOnTheDepartmentAndNothingIsSaved() {
        People.add(server, json, "ned.nowhere", List.of("staff"));
        ApiSession ned = session("ned.nowhere");
        long before = count();
        assertThat(ned.get("/api/account-requests/endorsement").json().get("problem").getStringValue())
                .startsWith("The organisation directory does not give your department");
        assertThat(Problems.messages(ned.post("/api/account-requests", request("Economic Development", "@Nowhere")))).containsExactly(
                "department: The organisation directory does not give your department, so nobody can endorse your request: "
                        + "ask HR to record your department in the directory");

        DirectoryPeople.department(transactions, jdbc, "Parks Unit", null);
        DirectoryPeople.put(transactions, jdbc, "ned.nowhere", "Parks Unit", null);
        assertThat(Problems.messages(ned.post("/api/account-requests", request("Parks Unit", "@Parks")))).containsExactly(
                "department: The organisation directory has no head of Parks Unit to endorse your request: "
                        + "ask HR to record the head of your department in the directory");

        assertThat(Problems.messages(session("jo.evans").post("/api/account-requests", request("Economic Development", "@NotMine"))))
                .containsExactly("department: Ask for an account for your own department, Countryside Service: its head endorses the request");
        assertThat(count()).isEqualTo(before);
    }

    private static Map<String, Object> request(String department, String name) {
        Map<String, Object> request = SampleRequests.accountRequest(name);
        request.put("department", department);
        return request;
    }

    private ApiSession session(String username) {
        return ApiSession.signedIn(server, json, username);
    }

    private static List<String> references(ApiSession session) {
        List<String> found = new ArrayList<>();
        session.get("/api/account-requests?size=100").json().get("items").values()
                .forEach(item -> found.add(item.get("reference").getStringValue()));
        return found;
    }

    private static List<String> openTasks(String id, ApiSession session) {
        List<String> found = new ArrayList<>();
        session.get("/api/cases/account-request/" + id).json().get("tasks").values().forEach(task -> {
            if (task.get("mayOpen").getBooleanValue()) {
                found.add(task.get("name").getStringValue());
            }
        });
        return found;
    }

    private static String onlyTask(String id, ApiSession session, String name) {
        List<JsonNode> open = new ArrayList<>();
        session.get("/api/cases/account-request/" + id).json().get("tasks").values().forEach(task -> {
            if (task.get("mayOpen").getBooleanValue()) {
                open.add(task);
            }
        });
        assertThat(open).as("open tasks on " + id).hasSize(1);
        assertThat(open.get(0).get("name").getStringValue()).isEqualTo(name);
        return open.get(0).get("id").getStringValue();
    }

    private long count() {
        return Long.parseLong(strings("select count(*) from account_request where ? = ?", "x").get(0));
    }

    private List<String> strings(String sql, String parameter) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            statement.setString(1, parameter);
            if (sql.contains("? = ?")) {
                statement.setString(2, parameter);
            }
            List<String> found = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    found.add(row.getString(1));
                }
            }
            return found;
        }));
    }
}
