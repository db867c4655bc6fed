package uk.gov.council.socialgov.bench;

import com.fasterxml.jackson.databind.JsonNode;

import java.net.URI;
import java.util.HashMap;
import java.util.List;
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

    private final Api requester;
    private final Api comms;
    private final Api head;
    private long requests;

    public AccountRequestJourney(URI base) {
        this.requester = Api.signIn(base, "priya.shah");
        this.comms = Api.signIn(base, "alex.morgan");
        this.head = Api.signIn(base, "nia.roberts");
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
        String status = expect(requester.get("/api/account-requests/" + id), "read the request").json().get("status").asText();
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
        return expect(trySubmit(proposedName, UUID.randomUUID().toString()), "submit").json().get("id").asText();
    }

    /**
     * The submission, whatever the answer, with the Idempotency-Key the page sends: sending it again
     * with the same key after no answer or a 503 can never make a second request.
     */
    public Api.Response trySubmit(String proposedName, String idempotencyKey) {
        Map<String, Object> businessCase = new HashMap<>();
        businessCase.put("objectives", "Promote business support events to local firms");
        businessCase.put("strategyFit", "Delivers the Economic Development communications plan 2026 to 2027");
        businessCase.put("audience", "Small and medium businesses in the district");
        businessCase.put("excludedAudiences", "Firms not on social media: reached through the business newsletter");
        businessCase.put("resourcing", "Two officers, 3 hours a week; replies within one working day");
        businessCase.put("negativeResponses", "Follow the corporate moderation guidance; escalate to comms");
        businessCase.put("skills", "Both officers completed the council's social media training");
        businessCase.put("risks", "Inactivity during leave: covered by a second authorised user");
        businessCase.put("evaluation", "Event sign-ups from social referrals, reviewed quarterly");
        businessCase.put("exitStrategy", "Close the account and redirect followers to the corporate account");
        Map<String, Object> form = new HashMap<>();
        form.put("department", "Economic Development");
        form.put("kind", "DEPARTMENTAL");
        form.put("campaignEndDate", null);
        form.put("platform", "LINKEDIN");
        form.put("proposedName", proposedName);
        form.put("businessCase", businessCase);
        form.put("proposedUsers", List.of("priya.shah", "sam.patel"));
        requests++;
        return requester.post("/api/account-requests", form, Map.of("Idempotency-Key", idempotencyKey));
    }

    private void attach(String id, String name, String type, byte[] content) {
        requests++;
        expect(requester.upload("/api/cases/account-request/" + id + "/documents", name, type, content), "attach " + name);
    }

    private void complete(Api who, String id, String taskName, Map<String, Object> variables) {
        String taskId = taskId(who, id, taskName);
        requests++;
        expect(who.post("/api/tasks/" + taskId + "/complete", Map.of("variables", variables)), taskName);
    }

    /** The case page's open task of this name, as the person opens it from the case. */
    private String taskId(Api who, String id, String taskName) {
        requests++;
        JsonNode tasks = expect(who.get("/api/cases/account-request/" + id), "open the case").json().get("tasks");
        for (JsonNode task : tasks) {
            if (task.get("name").asText().equals(taskName) && task.get("mayOpen").asBoolean()) {
                return task.get("id").asText();
            }
        }
        throw new IllegalStateException("Request " + id + " has no open task \u201c" + taskName + "\u201d: " + tasks);
    }

    private static Api.Response expect(Api.Response response, String step) {
        if (!response.ok()) {
            throw new IllegalStateException(step + " answered " + response.status() + ": " + response.body());
        }
        return response;
    }
}
