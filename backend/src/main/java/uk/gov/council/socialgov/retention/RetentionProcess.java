package uk.gov.council.socialgov.retention;

/**
 * Names shared by processes/evidence-retention.bpmn and the code that drives it. The process carries
 * the retained case's own {@code caseKind}, {@code caseId} and involved people.
 */
final class RetentionProcess {

    static final String KEY = "evidence-retention";
    /** The retention schedule: processes/retention.dmn. */
    static final String SCHEDULE = "retention";
    static final String VAR_DISPOSE_AT = "disposeAt";
    /** "Authorise the disposal", which the Information Manager may give for many cases at once. */
    static final String AUTHORISE_STEP = "UserTask_Authorise";
    static final String VAR_ON_HOLD = "onHold";
    static final String MESSAGE_RELEASED = "LegalHoldReleased";
    static final String ERROR_LEGAL_HOLD = "LEGAL_HOLD";

    private RetentionProcess() {
    }
}
