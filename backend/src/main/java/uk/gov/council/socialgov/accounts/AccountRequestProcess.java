package uk.gov.council.socialgov.accounts;

/** Names shared by processes/account-request.bpmn and the code that drives it. */
final class AccountRequestProcess {

    static final String KEY = "account-request";
    static final String VAR_REQUESTER = "requester";
    static final String VAR_REASON = "reason";
    /** The comms review's SLA in working days, fixed for each request when it starts. */
    static final String VAR_REVIEW_WORKING_DAYS = "reviewWorkingDays";

    private AccountRequestProcess() {
    }
}
