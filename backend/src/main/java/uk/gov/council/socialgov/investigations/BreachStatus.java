package uk.gov.council.socialgov.investigations;

/** Where a case is. The person who reported it sees only this. */
enum BreachStatus {
    REPORTED("Reported: being looked at"),
    INFORMAL_RESOLUTION("Being resolved informally"),
    UNDER_INVESTIGATION("Under investigation"),
    AWAITING_DECISION("Awaiting a decision"),
    AWAITING_HEARING("Awaiting a Standards Committee hearing"),
    CLOSED("Closed");

    private final String label;

    BreachStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
