package uk.gov.council.socialgov.accounts;

import uk.gov.council.socialgov.cases.CaseKind;

/** Names shared by processes/account-request.bpmn, its forms and the code that drives it. */
final class AccountRequestProcess {

    static final String KEY = "account-request";
    static final CaseKind CASE = new CaseKind("account-request", "AR", KEY).nameInEmails();
    static final String VAR_REQUESTER = "requester";
    static final String VAR_REASON = "reason";
    /** Whether the head of the requester's department endorses the request before the communications team reviews it. */
    static final String VAR_NEEDS_ENDORSEMENT = "needsEndorsement";
    /** The head of the requester's department, from the organisation directory, when they endorse it. */
    static final String VAR_ENDORSER = "endorser";
    static final String VAR_ENDORSEMENT = "endorsement";
    /** The comms review's SLA in working days, fixed for each request when it starts. */
    static final String VAR_REVIEW_WORKING_DAYS = "reviewWorkingDays";
    /** Days the requester has to answer a question before the request expires, fixed when it starts. */
    static final String VAR_ANSWER_WITHIN_DAYS = "answerWithinDays";
    static final String VAR_QUESTION = "question";
    static final String VAR_ANSWER = "answer";
    static final String VAR_BRANDING_ATTACHED = "brandingAttached";
    static final String VAR_BRANDING_NOTES = "brandingNotes";
    static final String VAR_COMMENTS = "comments";
    static final String VAR_HANDLE = "handle";
    static final String VAR_URL = "url";
    static final String VAR_ACCOUNT_ID = "accountId";
    static final String VAR_CAMPAIGN_ENDS_AT = "campaignEndsAt";
    static final String VAR_NEW_END_DATE = "newEndDate";
    static final String VAR_WITHDRAWAL_REASON = "withdrawalReason";
    static final String MESSAGE_WITHDRAWN = "AccountRequestWithdrawn";

    private AccountRequestProcess() {
    }
}
