package uk.gov.council.socialgov.accounts;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.registry.RegistryIntegrationTest;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.FilePart;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An account request from submission to ACTIVE over the HTTP API by three people, with every
 * refusal on the way answered as problem+json naming the field and changing nothing; withdrawal;
 * closing down an account (D 2.4); and importing activity from CSV.
 */
@MicronautTest(transactional = false)
class AccountRequestLifecycleIntegrationTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void aServiceManagerTheCommunicationsTeamAndItsHeadTakeARequestToAnActiveAccount() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        String handle = "@Lifecycle" + UUID.randomUUID().toString().substring(0, 8);
        String id = submit(priya, handle);

        complete(alex, id, "Review account request", Map.of("decision", "more-information", "question", "Who covers leave?"));
        assertThat(request(priya, id).get("status").getStringValue()).isEqualTo("INFORMATION_REQUESTED");
        assertThat(request(priya, id).get("notes").get(0).get("body").getStringValue()).isEqualTo("Who covers leave?");
        complete(priya, id, "Answer the communications team's question", Map.of("answer", "Sam Patel covers leave."));
        complete(alex, id, "Review account request", Map.of("decision", "approve"));

        // Branding: refused until the images are attached, and the refusal changes nothing.
        String branding = taskId(priya, id, "Send the branding for approval");
        Response early = priya.post("/api/tasks/" + branding + "/complete", Map.of("variables", Map.of("brandingAttached", true)));
        assertFieldError(early, "brandingAttached", "Attach the profile image and the background image");
        assertThat(taskId(priya, id, "Send the branding for approval")).isEqualTo(branding);
        assertThat(request(priya, id).get("notes").size()).isEqualTo(2);
        attach(priya, id, new FilePart("file", "profile.png", "image/png", PNG));
        attach(priya, id, new FilePart("file", "background.jpg", "image/jpeg", JPEG));
        complete(priya, id, "Send the branding for approval", Map.of("brandingAttached", true));
        complete(nia, id, "Approve the branding", Map.of("brandingDecision", "approve"));
        assertThat(request(priya, id).get("status").getStringValue()).isEqualTo("BRANDING_APPROVED");

        // Set-up: a web address that is not one, and a handle the registry holds, are refused.
        String setUp = taskId(priya, id, "Set up the account");
        Map<String, Object> form = setUpForm(handle);
        form.put("url", "linkedin.com/somewhere");
        assertFieldError(priya.post("/api/tasks/" + setUp + "/complete", Map.of("variables", form)), "url",
                "Enter web address of the account in the right format");
        form = setUpForm("Cannock Chase District Council");
        form.put("url", "https://www.linkedin.com/company/cannock-chase-district-council");
        assertFieldError(priya.post("/api/tasks/" + setUp + "/complete", Map.of("variables", form)), "handle",
                "The registry already has Cannock Chase District Council on LinkedIn");
        assertThat(request(priya, id).get("status").getStringValue()).isEqualTo("BRANDING_APPROVED");
        complete(priya, id, "Set up the account", setUpForm(handle));

        complete(alex, id, "Check and activate the account", Map.of("activationDecision", "activate"));

        JsonNode active = request(priya, id);
        assertThat(active.get("status").getStringValue()).isEqualTo("ACTIVE");
        assertThat(active.get("statusLabel").getStringValue()).isEqualTo("Active");
        assertThat(active.get("mayWithdraw").getBooleanValue()).isFalse();
        JsonNode account = priya.get("/api/registry/accounts/" + active.get("socialAccountId").getStringValue()).json();
        assertThat(account.get("handle").getStringValue()).isEqualTo(handle);
        assertThat(account.get("status").getStringValue()).isEqualTo("ACTIVE");
        assertThat(account.get("kind").getStringValue()).isEqualTo("DEPARTMENTAL");
        assertThat(account.get("owner").getStringValue()).isEqualTo("priya.shah");
        List<String> authorised = new ArrayList<>();
        account.get("authorisedUsers").values().forEach(user -> authorised.add(user.get("username").getStringValue()
                + " from " + user.get("fromDate").getStringValue()));
        String today = EngineClock.today().toString();
        assertThat(authorised).containsExactlyInAnyOrder("priya.shah from " + today, "sam.patel from " + today);
        account.get("authorisedUsers").values().forEach(user -> {
            assertThat(user.get("givenBy").getStringValue()).as("how access was given").isEqualTo("REQUEST");
            assertThat(user.get("accountRequestId").getStringValue()).isEqualTo(id);
        });
    }

    @Test
    void onlyTheRequesterWithdrawsAndOnlyWithAReason() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        String id = submit(priya, "@Withdrawn" + UUID.randomUUID().toString().substring(0, 8));
        String path = "/api/account-requests/" + id + "/withdrawal";

        assertFieldError(priya.post(path, Map.of("reason", " ")), "reason", "Enter why you are withdrawing the request");
        assertFieldError(priya.post(path, Map.of("reason", "x".repeat(2001))), "reason", "Reason must be 2,000 characters or fewer");
        assertThat(ApiSession.signedIn(server, json, "alex.morgan").post(path, Map.of("reason", "Not theirs")).status()).isEqualTo(403);
        assertThat(ApiSession.signedIn(server, json, "tom.hughes").post(path, Map.of("reason", "Not theirs")).status()).isEqualTo(404);
        assertThat(request(priya, id).get("status").getStringValue()).isEqualTo("SUBMITTED");
        assertThat(request(priya, id).get("mayWithdraw").getBooleanValue()).isTrue();

        Response withdrawn = priya.post(path, Map.of("reason", "The service is merging"));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().get("status").getStringValue()).isEqualTo("WITHDRAWN");
        assertThat(priya.get("/api/cases/account-request/" + id).json().get("tasks").size()).isZero();
        Response again = priya.post(path, Map.of("reason", "Again"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).startsWith("application/problem+json");
    }

    @Test
    void theCommunicationsTeamClosesAnAccountWithAReasonAndGetsAPasswordChangeTask() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        String accountId = activeAccount(priya, alex, ApiSession.signedIn(server, json, "nia.roberts"));
        String path = "/api/registry/accounts/" + accountId + "/closure";

        assertFieldError(alex.post(path, Map.of("reason", "")), "reason", "Enter why you are closing the account");
        assertThat(priya.post(path, Map.of("reason", "Mine to close?")).status()).isEqualTo(403);
        assertThat(alex.get("/api/registry/accounts/" + accountId).json().get("status").getStringValue()).isEqualTo("ACTIVE");

        Response closed = alex.post(path, Map.of("reason", "Posts have damaged the council's reputation"));
        assertThat(closed.status()).isEqualTo(200);
        assertThat(closed.json().get("status").getStringValue()).isEqualTo("DEACTIVATED");
        assertThat(closed.json().get("deactivationReason").getStringValue()).isEqualTo("Posts have damaged the council's reputation");
        assertThat(closed.json().get("authorisedUserCount").getIntValue()).isZero();
        closed.json().get("authorisedUsers").values()
                .forEach(user -> assertThat(user.get("toDate").getStringValue()).isEqualTo(EngineClock.today().toString()));
        JsonNode passwordTasks = alex.get("/api/tasks?view=group&size=200").json().get("items");
        List<String> forThisAccount = new ArrayList<>();
        passwordTasks.values().forEach(task -> {
            if (accountId.equals(task.get("caseId").getStringValue())) {
                forThisAccount.add(task.get("name").getStringValue());
            }
        });
        assertThat(forThisAccount).containsExactly("Change the closed account's password");
        assertThat(alex.post(path, Map.of("reason", "Again")).status()).isEqualTo(409);
    }

    @Test
    void activityIsImportedFromCsvOnlyWhenEveryRowIsRight() {
        ApiSession priya = ApiSession.signedIn(server, json, "priya.shah");
        String visit = RegistryIntegrationTest.VISIT_CANNOCK_CHASE;
        String yesterday = EngineClock.today().minusDays(1).toString();

        Response refused = priya.postText("/api/registry/activity-import", "text/csv", """
                platform,handle,date
                Instagram,@visitcannockchase,%s
                X (Twitter),@CannockChaseDC,%s
                Facebook,@visitcannockchase,%s
                Instagram,@visitcannockchase,31/02/2026
                MySpace,@visitcannockchase,2026-01-01
                """.formatted(yesterday, yesterday, EngineClock.today().plusDays(1)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(messages(refused)).containsExactly(
                "Line 3: there is no X (Twitter) account @CannockChaseDC that you may record activity for",
                "Line 4: there is no Facebook account @visitcannockchase that you may record activity for",
                "Line 5: enter the date like 2026-11-27 or 27/11/2026",
                "Line 6: \u201cMySpace\u201d is not a platform the registry knows");
        JsonNode before = priya.get("/api/registry/accounts/" + visit).json().get("activity");
        assertThat(before.values()).noneMatch(day -> day.getStringValue().equals(yesterday));

        Response imported = priya.postText("/api/registry/activity-import", "text/csv", """
                Platform,Handle,Date
                instagram,@VisitCannockChase,%s
                Instagram,@visitcannockchase,%s
                """.formatted(yesterday, EngineClock.today().minusDays(1).format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        assertThat(imported.status()).isEqualTo(200);
        assertThat(imported.json().get("imported").getIntValue()).isEqualTo(1);
        assertThat(imported.json().get("alreadyRecorded").getIntValue()).isEqualTo(1);
        assertThat(priya.get("/api/registry/accounts/" + visit).json().get("activity").values())
                .anyMatch(day -> day.getStringValue().equals(yesterday));

        assertFieldError(priya.postText("/api/registry/activity-import", "text/csv", "account,day\nx,y\n"), "file",
                "The first row must be the headings platform, handle, date");
        assertFieldError(priya.postText("/api/registry/activity-import", "text/csv", "platform,handle,date\n"), "file",
                "The file has headings but no rows of activity");
        assertThat(priya.post("/api/registry/activity-import", Map.of("csv", "platform,handle,date")).status()).isEqualTo(415);
    }

    /** A new LinkedIn account taken all the way to ACTIVE; answers its registry id. */
    private String activeAccount(ApiSession requester, ApiSession comms, ApiSession head) {
        String handle = "@Closing" + UUID.randomUUID().toString().substring(0, 8);
        String id = submit(requester, handle);
        complete(comms, id, "Review account request", Map.of("decision", "approve"));
        attach(requester, id, new FilePart("file", "profile.png", "image/png", PNG));
        attach(requester, id, new FilePart("file", "background.jpg", "image/jpeg", JPEG));
        complete(requester, id, "Send the branding for approval", Map.of("brandingAttached", true));
        complete(head, id, "Approve the branding", Map.of("brandingDecision", "approve"));
        complete(requester, id, "Set up the account", setUpForm(handle));
        complete(comms, id, "Check and activate the account", Map.of("activationDecision", "activate"));
        return request(requester, id).get("socialAccountId").getStringValue();
    }

    private String submit(ApiSession requester, String handle) {
        Map<String, Object> form = SampleRequests.accountRequest();
        form.put("proposedName", handle);
        Response created = requester.post("/api/account-requests", form);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").getStringValue();
    }

    private static Map<String, Object> setUpForm(String handle) {
        Map<String, Object> form = new HashMap<>();
        form.put("handle", handle);
        form.put("url", "https://www.linkedin.com/company/" + handle.substring(1));
        form.put("passwordHeldByAuthorisedUsers", true);
        form.put("profileSaysOfficial", true);
        form.put("linksToCouncilAccounts", true);
        form.put("commsHasAccess", true);
        return form;
    }

    private JsonNode request(ApiSession session, String id) {
        return session.get("/api/account-requests/" + id).json();
    }

    private static void attach(ApiSession session, String id, FilePart file) {
        assertThat(session.upload("/api/cases/account-request/" + id + "/documents", Map.of(), List.of(file)).status()).isEqualTo(201);
    }

    /** The case page's open task of this name, which this person may open. */
    private static String taskId(ApiSession session, String requestId, String name) {
        for (JsonNode task : session.get("/api/cases/account-request/" + requestId).json().get("tasks").values()) {
            if (task.get("name").getStringValue().equals(name) && task.get("mayOpen").getBooleanValue()) {
                return task.get("id").getStringValue();
            }
        }
        throw new AssertionError("No open task \u201c" + name + "\u201d this person may work on request " + requestId);
    }

    private static void complete(ApiSession session, String requestId, String name, Map<String, Object> variables) {
        Response done = session.post("/api/tasks/" + taskId(session, requestId, name) + "/complete", Map.of("variables", variables));
        assertThat(done.status()).as(name + ": " + done.body()).isEqualTo(204);
    }

    private static List<String> messages(Response response) {
        List<String> found = new ArrayList<>();
        response.json().get("errors").values().forEach(error -> found.add(error.get("message").getStringValue()));
        return found;
    }

    private static void assertFieldError(Response response, String field, String messageStart) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.contentType()).startsWith("application/problem+json");
        List<String> fieldErrors = new ArrayList<>();
        response.json().get("errors").values().forEach(error -> fieldErrors.add(
                error.get("field").getStringValue() + ": " + error.get("message").getStringValue()));
        assertThat(fieldErrors).anyMatch(error -> error.startsWith(field + ": " + messageStart));
    }
}
