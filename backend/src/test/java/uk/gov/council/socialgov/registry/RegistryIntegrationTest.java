package uk.gov.council.socialgov.registry;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The account registry: the Cabinet report's accounts, who sees which, activity, and authorised users on any past date. */
@MicronautTest(transactional = false)
public class RegistryIntegrationTest {

    static final String CORPORATE_X = "6d1f0a52-0c55-4b5e-9d1a-000000000001";
    public static final String VISIT_CANNOCK_CHASE = "6d1f0a52-0c55-4b5e-9d1a-000000000010";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void theCommunicationsTeamSeesEveryAccountTheCabinetReportListsWithItsCounts() {
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");

        JsonNode all = alex.get("/api/registry/accounts").json();
        assertThat(all.get("total").getLongValue()).isEqualTo(10);
        JsonNode corporateX = find(all, "@CannockChaseDC");
        assertThat(corporateX.get("latestCount").get("count").getIntValue()).isEqualTo(8756);
        assertThat(corporateX.get("latestCount").get("countedOn").getStringValue()).isEqualTo("2020-01-28");
        assertThat(corporateX.get("kind").getStringValue()).isEqualTo("CORPORATE");
        assertThat(find(all, "CannockChaseDC").get("latestCount").get("metric").getStringValue()).isEqualTo("VIEWS");

        assertThat(alex.get("/api/registry/accounts?platform=X_TWITTER").json().get("total").getLongValue()).isEqualTo(4);
        assertThat(alex.get("/api/registry/accounts?kind=DEPARTMENTAL").json().get("total").getLongValue()).isEqualTo(4);
        assertThat(handles(alex.get("/api/registry/accounts?q=building").json())).containsExactly("@ccdc_sbc");
        assertThat(handles(alex.get("/api/registry/accounts?q=%25").json())).isEmpty();
    }

    @Test
    void aServiceManagerSeesOnlyTheAccountsTheyAnswerForOrMayPostFrom() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");

        assertThat(handles(priya.get("/api/registry/accounts").json())).containsExactly("@visitcannockchase");
        assertThat(priya.get("/api/registry/accounts/" + CORPORATE_X).status()).isEqualTo(404);
        JsonNode visit = priya.get("/api/registry/accounts/" + VISIT_CANNOCK_CHASE).json();
        assertThat(visit.get("ownerName").getStringValue()).startsWith("Priya Shah");
        assertThat(visit.get("authorisedUsers").size()).isEqualTo(2); // Priya now, Sam until 30 June 2025
        assertThat(visit.get("authorisedUserCount").getIntValue()).isEqualTo(1);
        assertThat(handles(ApiSession.signedIn(server, json, "sam.patel").get("/api/registry/accounts").json())).isEmpty();
    }

    @Test
    void postingTodayIsRecordedOnceByThoseWhoMayAndRefusedToOthers() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");

        assertThat(priya.post("/api/registry/accounts/" + VISIT_CANNOCK_CHASE + "/activity", "").status()).isEqualTo(204);
        assertThat(priya.post("/api/registry/accounts/" + VISIT_CANNOCK_CHASE + "/activity", "").status()).isEqualTo(204);

        JsonNode visit = priya.get("/api/registry/accounts/" + VISIT_CANNOCK_CHASE).json();
        String today = EngineClock.today().toString();
        assertThat(visit.get("lastActivityOn").getStringValue()).isEqualTo(today);
        assertThat(visit.get("activity").get(0).getStringValue()).isEqualTo(today);
        assertThat(visit.get("activity").get(1).getStringValue()).isNotEqualTo(today);
        assertThat(priya.post("/api/registry/accounts/" + CORPORATE_X + "/activity", "").status()).isEqualTo(404);
        Response auditor = ApiSession.signedIn(server, json, "linda.price").post("/api/registry/accounts/" + CORPORATE_X + "/activity", "");
        assertThat(auditor.status()).isEqualTo(403);
        assertThat(auditor.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theAuthorisedUsersOfAnyPastDateAreListedOnScreenAndAsCsv() {
        ApiSession linda = ApiSession.signedIn(server, json, "linda.price");

        assertThat(people(linda.get("/api/registry/authorised-users?date=2024-03-31").json(), "@CCDCYourVoice")).containsExactly("alex.morgan");
        assertThat(people(linda.get("/api/registry/authorised-users?date=2024-04-01").json(), "@CCDCYourVoice")).containsExactly("nia.roberts");
        assertThat(people(linda.get("/api/registry/authorised-users?date=2025-06-30").json(), "@visitcannockchase"))
                .containsExactly("priya.shah", "sam.patel");
        assertThat(people(linda.get("/api/registry/authorised-users?date=2025-07-01").json(), "@visitcannockchase"))
                .containsExactly("priya.shah");
        assertThat(linda.get("/api/registry/authorised-users?date=2019-12-31").json().get("items").size()).isZero();

        Response csv = linda.get("/api/registry/authorised-users.csv?date=2024-03-31");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body().lines().findFirst()).hasValue("date,platform,handle,account,department,username,name,authorised_from,authorised_until");
        assertThat(csv.body()).contains("2024-03-31,X (Twitter),'@CCDCYourVoice,Your Voice (consultation and engagement),"
                + "Policy and Communications,alex.morgan,");
        assertThat(csv.body()).contains(",2020-01-28,2024-03-31");
    }

    @Test
    void badDatesAndFiltersAreRefusedNamingTheFieldAndOnlyCommsAndAuditSeeTheWholeList() {
        ApiSession linda = ApiSession.signedIn(server, json, "linda.price");
        for (String query : List.of("", "?date=", "?date=31%2F03%2F2025", "?date=2025-02-30")) {
            Response refused = linda.get("/api/registry/authorised-users" + query);
            assertThat(refused.status()).as(query).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").getStringValue()).isEqualTo("date");
        }
        Response platform = linda.get("/api/registry/accounts?platform=MYSPACE");
        assertThat(platform.status()).isEqualTo(400);
        assertThat(platform.json().get("errors").get(0).get("field").getStringValue()).contains("platform");
        assertThat(ApiSession.signedIn(server, json, "priya.shah").get("/api/registry/authorised-users?date=2025-01-01").status())
                .isEqualTo(403);
        assertThat(ApiSession.signedIn(server, json, "priya.shah").get("/api/registry/authorised-users.csv?date=2025-01-01").status())
                .isEqualTo(403);
    }

    @Test
    void aFollowerCountIsRecordedForADayAndBadCountsAndDatesAreRefusedNamingTheField() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        String counts = "/api/registry/accounts/" + VISIT_CANNOCK_CHASE + "/counts";
        String today = EngineClock.today().toString();

        assertThat(priya.post(counts, Map.of("count", 2150, "countedOn", today)).status()).isEqualTo(204);
        JsonNode latest = priya.get("/api/registry/accounts/" + VISIT_CANNOCK_CHASE).json().get("latestCount");
        assertThat(latest.get("count").getIntValue()).isEqualTo(2150);
        assertThat(latest.get("metric").getStringValue()).isEqualTo("FOLLOWERS");
        assertThat(latest.get("countedOn").getStringValue()).isEqualTo(today);

        assertRefused(priya.post(counts, Map.of("count", -1, "countedOn", today)), "count");
        assertRefused(priya.post(counts, Map.of("count", "lots", "countedOn", today)), "count");
        assertRefused(priya.post(counts, Map.of("countedOn", today)), "count");
        assertRefused(priya.post(counts, Map.of("count", 10, "countedOn", EngineClock.today().plusDays(1).toString())), "countedOn");
        assertRefused(priya.post(counts, Map.of("count", 10, "countedOn", "yesterday")), "countedOn");
        assertThat(priya.get("/api/registry/accounts/" + VISIT_CANNOCK_CHASE).json().get("counts").size()).isEqualTo(2);
        assertThat(ApiSession.signedIn(server, json, "linda.price").post(counts, Map.of("count", 1, "countedOn", today)).status())
                .isEqualTo(403);
    }

    private static void assertRefused(Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").getStringValue()).contains(field);
    }

    @Test
    void theDashboardCountsRequestsAndReviewsAndWarnsOfCorporateAccountsBelowThePostingGuideline() {
        JsonNode dashboard = ApiSession.signedIn(server, json, "alex.morgan").get("/api/registry/dashboard").json();

        // The demo's requests: two awaiting review, one waiting for an answer to the team's question.
        assertThat(dashboard.get("requestsByStatus").get("SUBMITTED").getLongValue()).isEqualTo(2);
        assertThat(dashboard.get("requestsByStatus").get("INFORMATION_REQUESTED").getLongValue()).isEqualTo(1);
        assertThat(dashboard.get("requestsByStatus").get("ACTIVE").getLongValue()).isZero();
        assertThat(dashboard.get("accountsUnderInactivityReview").getLongValue()).isEqualTo(6);
        // Demo activity: the corporate X and Facebook accounts posted every day; Instagram once in the week; Your Voice never.
        List<String> warned = new ArrayList<>();
        dashboard.get("guidelineWarnings").values().forEach(w -> warned.add(w.get("platformLabel").getStringValue() + " "
                + w.get("handle").getStringValue() + " " + w.get("daysActive").getIntValue()));
        assertThat(warned).containsExactly("Instagram @cannockchasedc 1", "X (Twitter) @CCDCYourVoice 0");
        assertThat(ApiSession.signedIn(server, json, "priya.shah").get("/api/registry/dashboard").status()).isEqualTo(403);
    }

    private static JsonNode find(JsonNode page, String handle) {
        for (JsonNode item : page.get("items").values()) {
            if (item.get("handle").getStringValue().equals(handle)) {
                return item;
            }
        }
        throw new AssertionError("No account " + handle);
    }

    private static List<String> handles(JsonNode page) {
        List<String> handles = new ArrayList<>();
        page.get("items").values().forEach(item -> handles.add(item.get("handle").getStringValue()));
        return handles;
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
}
