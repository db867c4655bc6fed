package uk.gov.council.testsupport;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A complete, valid account request as the Vue form sends it; tests change one thing at a time. */
public final class SampleRequests {

    private SampleRequests() {
    }

    public static Map<String, Object> accountRequest() {
        return accountRequest("@EconDevDistrict");
    }

    /** The same request for another proposed account name (the benchmark makes each one new). */
    public static Map<String, Object> accountRequest(String proposedName) {
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
        Map<String, Object> request = new HashMap<>();
        request.put("department", "Economic Development");
        request.put("kind", "DEPARTMENTAL");
        request.put("campaignEndDate", null);
        request.put("platform", "LINKEDIN");
        request.put("proposedName", proposedName);
        request.put("businessCase", businessCase);
        request.put("proposedUsers", List.of("priya.shah", "sam.patel"));
        return request;
    }
}
