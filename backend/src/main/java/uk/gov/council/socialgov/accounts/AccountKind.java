package uk.gov.council.socialgov.accounts;

public enum AccountKind {
    DEPARTMENTAL, CAMPAIGN
}
