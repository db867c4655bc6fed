package uk.gov.council.socialgov.workflow;

import org.camunda.bpm.engine.delegate.VariableScope;

import java.util.UUID;

/**
 * Process variables every process sets at its start so task lists can show which case a task
 * belongs to without loading the case itself.
 */
public final class CaseVariables {

    public static final String CASE_ID = "caseId";
    public static final String CASE_REFERENCE = "caseReference";
    public static final String CASE_TITLE = "caseTitle";
    public static final String CASE_KIND = "caseKind";
    /**
     * Usernames, comma-separated, of the people a case is by or about (requester, reporter, subject):
     * none of them may work its tasks (no self-approval).
     */
    public static final String INVOLVED = "involvedPeople";

    public static boolean involves(Object involved, String username) {
        return involved instanceof String list && java.util.Arrays.asList(list.split(",")).contains(username);
    }

    /** The id of the case a process (or one of its tasks) serves. */
    public static UUID caseId(VariableScope variables) {
        return UUID.fromString((String) variables.getVariable(CASE_ID));
    }

    private CaseVariables() {
    }
}
