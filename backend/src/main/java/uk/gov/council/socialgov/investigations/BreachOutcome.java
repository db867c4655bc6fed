package uk.gov.council.socialgov.investigations;

/** How a case ended. The names are the retention table's input values (processes/retention.dmn). */
enum BreachOutcome {
    NO_CASE_TO_ANSWER("No case to answer"),
    INFORMAL_ACTION("Informal action"),
    NO_FURTHER_ACTION("No further action"),
    DISCIPLINARY_ACTION("Formal disciplinary action"),
    NO_ACTION("No action"),
    OTHER_ACTION("Other action, such as training or mediation"),
    REFERRED_TO_GROUP_LEADER("Referred to the group leader for informal action"),
    BREACH_FOUND("Breach of the Code of Conduct found"),
    NO_BREACH_FOUND("No breach of the Code of Conduct"),
    REFERRED_TO_POLICE("Referred to the police");

    private final String label;

    BreachOutcome(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
