package uk.gov.council.socialgov.accounts;

import java.util.Set;

/** Where an account request stands; NOT_ENDORSED, REJECTED, WITHDRAWN, EXPIRED and CLOSED are final. */
public enum AccountRequestStatus {
    AWAITING_ENDORSEMENT("Waiting for the head of department to endorse it"),
    NOT_ENDORSED("Not endorsed by the head of department"),
    SUBMITTED("Awaiting review"),
    INFORMATION_REQUESTED("Waiting for more information"),
    APPROVED("Approved: waiting for branding"),
    BRANDING_APPROVED("Branding approved: waiting for set-up"),
    SET_UP("Set up: waiting for activation"),
    ACTIVE("Active"),
    CLOSED("Closed"),
    REJECTED("Rejected"),
    WITHDRAWN("Withdrawn"),
    EXPIRED("Expired");

    /** The requester may withdraw until the account is active. */
    /** Where a request stops: nothing more is added to it (an active account's request stays open for its closure review). */
    static final Set<AccountRequestStatus> ENDED = Set.of(NOT_ENDORSED, CLOSED, REJECTED, WITHDRAWN, EXPIRED);
    static final Set<AccountRequestStatus> WITHDRAWABLE = Set.of(AWAITING_ENDORSEMENT, SUBMITTED, INFORMATION_REQUESTED, APPROVED, BRANDING_APPROVED, SET_UP);

    private final String label;

    AccountRequestStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
