package uk.gov.council.socialgov.accounts;

/** Names shared by processes/account-request.bpmn and the code that drives it. */
final class AccountRequestProcess {

    static final String KEY = "account-request";
    static final String REVIEW_TASK = "UserTask_ReviewRequest";
    static final String VAR_REQUEST_ID = "requestId";
    static final String VAR_REFERENCE = "reference";
    static final String VAR_REQUESTER = "requester";
    static final String VAR_DECISION = "decision";
    static final String VAR_REASON = "reason";
    static final String DECISION_APPROVE = "approve";
    static final String DECISION_REJECT = "reject";

    private AccountRequestProcess() {
    }
}
