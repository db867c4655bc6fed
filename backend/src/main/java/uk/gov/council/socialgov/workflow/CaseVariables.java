package uk.gov.council.socialgov.workflow;

/**
 * Process variables every process sets at its start so task lists can show which case a task
 * belongs to without loading the case itself.
 */
public final class CaseVariables {

    public static final String CASE_ID = "caseId";
    public static final String CASE_REFERENCE = "caseReference";
    public static final String CASE_TITLE = "caseTitle";
    public static final String CASE_KIND = "caseKind";

    private CaseVariables() {
    }
}
