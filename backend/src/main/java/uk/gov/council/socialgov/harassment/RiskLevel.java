package uk.gov.council.socialgov.harassment;

/** The Monitoring Officer's view of the risk to the councillor, set at triage. */
enum RiskLevel {
    LOW("Low"), MEDIUM("Medium"), HIGH("High");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
