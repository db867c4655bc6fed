package uk.gov.council.socialgov.access;

import uk.gov.council.socialgov.cases.CaseKind;

/** Names shared by processes/emergency.bpmn and the code that drives it. */
final class EmergencyProcess {

    static final String KEY = "emergency";
    static final String CASE_KIND = "emergency";
    static final CaseKind CASE = new CaseKind(CASE_KIND, "EM", 3, KEY);
    static final String VAR_OWNERS = "owners";
    static final String VAR_ACCOUNTS_WITHOUT_OWNER = "accountsWithoutOwner";
    static final String MESSAGE_LIFTED = "EmergencyLifted";

    private EmergencyProcess() {
    }
}
