package uk.gov.council.socialgov.accounts;

public enum AccountRequestStatus {
    SUBMITTED, APPROVED, REJECTED
}
