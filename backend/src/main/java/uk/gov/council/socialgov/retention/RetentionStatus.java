package uk.gov.council.socialgov.retention;

/** Where a closed case's evidence is in its retention. */
public enum RetentionStatus {
    RETAINED("Kept until its disposal date"),
    DUE("Due for disposal: awaiting authorisation"),
    ON_HOLD("On legal hold"),
    DISPOSED("Destroyed");

    private final String label;

    RetentionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
