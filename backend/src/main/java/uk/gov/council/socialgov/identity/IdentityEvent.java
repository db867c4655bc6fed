package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;

/**
 * Something that happened to a person's account: sign-ins and sign-outs, lock-outs, password and
 * group changes, and requests for a confidential group with their approval or refusal.
 * Published for the audit trail, which listens in the same transaction.
 */
public record IdentityEvent(String action, String actor, String subject, @Nullable String detail) {

    public static final String SIGNED_IN = "SIGNED_IN";
    public static final String SIGN_IN_FAILED = "SIGN_IN_FAILED";
    public static final String ACCOUNT_LOCKED = "ACCOUNT_LOCKED";
    public static final String PASSWORD_CHANGED = "PASSWORD_CHANGED";
    public static final String USER_CREATED = "USER_CREATED";
    public static final String USER_CHANGED = "USER_CHANGED";
    public static final String USER_UNLOCKED = "USER_UNLOCKED";
    public static final String SIGNED_OUT = "SIGNED_OUT";
    public static final String PASSWORD_CHANGE_FAILED = "PASSWORD_CHANGE_FAILED";
    public static final String GROUP_GRANT_REQUESTED = "GROUP_GRANT_REQUESTED";
    public static final String GROUP_GRANT_APPROVED = "GROUP_GRANT_APPROVED";
    public static final String GROUP_GRANT_REFUSED = "GROUP_GRANT_REFUSED";
    public static final String DIRECTORY_IMPORTED = "DIRECTORY_IMPORTED";
    public static final String LEAVING_DATE_SET = "LEAVING_DATE_SET";
    public static final String PERSON_LEFT = "PERSON_LEFT";
}
