package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;

/**
 * A person who can sign in: with a local password, or through the council's identity provider (then
 * known by its issuer and subject). Only ever inserted whole; changes are single-column SQL updates
 * in {@link UserStore}, so no read-modify-write can undo a failure count or a session version.
 */
record UserAccount(
        String username,
        String displayName,
        @Nullable String email,
        String passwordHash,
        boolean enabled,
        int failedSignIns,
        @Nullable Instant lockedUntil,
        long sessionVersion,
        @Nullable String oidcIssuer,
        @Nullable String oidcSubject,
        @Nullable Instant createdAt) {

    static UserAccount create(String username, String displayName, String email, String passwordHash) {
        return new UserAccount(username, displayName, email, passwordHash, true, 0, null, 0, null, null, null);
    }

    static UserAccount fromProvider(String username, String displayName, String email, String unusablePasswordHash,
                                    String issuer, String subject) {
        return new UserAccount(username, displayName, email, unusablePasswordHash, true, 0, null, 0, issuer, subject, null);
    }

    /** This person as inserted at that moment. */
    UserAccount created(Instant at) {
        return new UserAccount(username, displayName, email, passwordHash, enabled, failedSignIns, lockedUntil, sessionVersion,
                oidcIssuer, oidcSubject, at);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }
}
