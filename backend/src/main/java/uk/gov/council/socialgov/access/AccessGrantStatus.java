package uk.gov.council.socialgov.access;

import java.util.Set;

/** Where a grant of temporary access stands; NOT_ENDORSED, REJECTED, REVOKED and EXPIRED are final. */
public enum AccessGrantStatus {
    REQUESTED("Waiting for the line manager"),
    ENDORSED("Waiting for the communications team"),
    APPROVED("Waiting for the statement to be signed"),
    SIGNED("Waiting for access to be given"),
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    NOT_ENDORSED("Not endorsed"),
    REJECTED("Rejected"),
    REVOKED("Removed"),
    EXPIRED("Expired");

    static final Set<AccessGrantStatus> ENDED = Set.of(NOT_ENDORSED, REJECTED, REVOKED, EXPIRED);

    private final String label;

    AccessGrantStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
