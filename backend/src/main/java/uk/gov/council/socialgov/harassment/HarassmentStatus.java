package uk.gov.council.socialgov.harassment;

/** Where a report is, in words the councillor can read. */
enum HarassmentStatus {
    REPORTED("Received: the Monitoring Officer will contact you"),
    URGENT("Urgent: the Monitoring Officer has been alerted"),
    ACTIONS_UNDER_WAY("Action is being taken"),
    FOLLOW_UP("Followed up: being closed"),
    CLOSED("Closed");

    private final String label;

    HarassmentStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
