package uk.gov.council.socialgov.retention;

/** Names shared by processes/evidence-retention.bpmn and the code that drives it. */
final class RetentionProcess {

    static final String KEY = "evidence-retention";
    static final String CASE_KIND = "evidence-retention";
    /** The kind of the case whose evidence is kept, e.g. {@code breach-investigation}; {@code caseId} is that case's id. */
    static final String VAR_SOURCE_CASE_TYPE = "sourceCaseType";
    static final String VAR_DISPOSE_AT = "disposeAt";
    static final String VAR_ON_HOLD = "onHold";
    static final String MESSAGE_RELEASED = "LegalHoldReleased";
    static final String ERROR_LEGAL_HOLD = "LEGAL_HOLD";

    private RetentionProcess() {
    }
}
