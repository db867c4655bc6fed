package uk.gov.council.socialgov.access;

/** Names shared by processes/emergency.bpmn and the code that drives it. */
final class EmergencyProcess {

    static final String KEY = "emergency";
    static final String CASE_KIND = "emergency";
    static final String VAR_OWNERS = "owners";
    static final String VAR_ACCOUNTS_WITHOUT_OWNER = "accountsWithoutOwner";
    static final String MESSAGE_LIFTED = "EmergencyLifted";

    private EmergencyProcess() {
    }
}
