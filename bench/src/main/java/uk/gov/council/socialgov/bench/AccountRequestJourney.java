package uk.gov.council.socialgov.bench;

import io.micronaut.json.tree.JsonNode;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.SampleRequests;

import java.net.URI;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The benchmark's workload: one new account taken from the department's request to ACTIVE through
 * the HTTP API, by the three people who do it in the council: a service manager, a communications
 * officer and the head of communications. Every step is the request the Vue app sends.
 */
public final class AccountRequestJourney {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F'};

    private final ApiSession requester;
    private final ApiSession comms;
    private final ApiSession head;
    private long requests;

    public AccountRequestJourney(URI base) {
        this(ApiSession.signedIn(base, "priya.shah"), ApiSession.signedIn(base, "alex.morgan"), ApiSession.signedIn(base, "nia.roberts"));
    }

    /** The same journey worked by these people: a requester and two communications officers (reviewer, branding). */
    public AccountRequestJourney(ApiSession requester, ApiSession comms, ApiSession head) {
        this.requester = requester;
        this.comms = comms;
        this.head = head;
    }

    /** Submits a request and works every task until the account is ACTIVE; answers the request's id. */
    public String runToActive() {
        return runToActive(id -> { });
    }

    /** As {@link #runToActive()}, telling {@code submitted} the id as soon as the submission is answered 201. */
    public String runToActive(Consumer<String> submitted) {
        String handle = "@Bench" + UUID.randomUUID().toString().substring(0, 12);
        String id = submit(handle);
        submitted.accept(id);
        return fromReviewToActive(id, handle);
    }

    /**
     * A member of staff's request: submitted, endorsed by the head of their department, then worked to
     * ACTIVE like any other; answers the request's id.
     */
    public String runToActiveEndorsedBy(ApiSession headOfDepartment, Map<String, Object> request) {
        requests++;
        String id = expect(requester.post("/api/account-requests", request), "submit").json().get("id").getStringValue();
        complete(headOfDepartment, id, "Endorse the account request", Map.of("endorsement", "endorse"));
        return fromReviewToActive(id, (String) request.get("proposedName"));
    }

    private String fromReviewToActive(String id, String handle) {
        complete(comms, id, "Review account request", Map.of("decision", "approve"));
        attach(id, "profile.png", "image/png", PNG);
        attach(id, "background.jpg", "image/jpeg", JPEG);
        complete(requester, id, "Send the branding for approval", Map.of("brandingAttached", true));
        complete(head, id, "Approve the branding", Map.of("brandingDecision", "approve"));
        complete(requester, id, "Set up the account", Map.of(
                "handle", handle,
                "url", "https://www.linkedin.com/company/" + handle.substring(1).toLowerCase(),
                "passwordHeldByAuthorisedUsers", true,
                "profileSaysOfficial", true,
                "linksToCouncilAccounts", true,
                "commsHasAccess", true));
        complete(comms, id, "Check and activate the account", Map.of("activationDecision", "activate"));
        String status = expect(requester.get("/api/account-requests/" + id), "read the request").json().get("status").getStringValue();
        if (!"ACTIVE".equals(status)) {
            throw new IllegalStateException("Request " + id + " ended " + status + ", not ACTIVE");
        }
        return id;
    }

    /** HTTP requests this journey has sent so far. */
    public long requests() {
        return requests;
    }

    /** Only the submission: a request left waiting for the communications team's review. */
    public String submit(String proposedName) {
        return expect(trySubmit(proposedName, UUID.randomUUID().toString()), "submit").json().get("id").getStringValue();
    }

    /**
     * The submission, whatever the answer, with the Idempotency-Key the page sends: sending it again
     * with the same key after no answer or a 503 can never make a second request.
     */
    public ApiSession.Response trySubmit(String proposedName, String idempotencyKey) {
        requests++;
        return requester.post("/api/account-requests", SampleRequests.accountRequest(proposedName), Map.of("Idempotency-Key", idempotencyKey));
    }

    private void attach(String id, String name, String type, byte[] content) {
        requests++;
        expect(requester.upload("/api/cases/account-request/" + id + "/documents", name, type, content), "attach " + name);
    }

    private void complete(ApiSession who, String id, String taskName, Map<String, Object> variables) {
        String taskId = taskId(who, id, taskName);
        requests++;
        expect(who.post("/api/tasks/" + taskId + "/complete", Map.of("variables", variables)), taskName);
    }

    /** The case page's open task of this name, as the person opens it from the case. */
    private String taskId(ApiSession who, String id, String taskName) {
        requests++;
        ApiSession.Response casePage = expect(who.get("/api/cases/account-request/" + id), "open the case");
        for (JsonNode task : casePage.json().get("tasks").values()) {
            if (task.get("name").getStringValue().equals(taskName) && task.get("mayOpen").getBooleanValue()) {
                return task.get("id").getStringValue();
            }
        }
        throw new IllegalStateException("Request " + id + " has no open task \u201c" + taskName + "\u201d: " + casePage.body());
    }

    private static ApiSession.Response expect(ApiSession.Response response, String step) {
        if (!response.ok()) {
            throw new IllegalStateException(step + " answered " + response.status() + ": " + response.body());
        }
        return response;
    }
}
