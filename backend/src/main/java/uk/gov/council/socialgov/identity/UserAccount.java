package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A person who signs in with a local password. */
@MappedEntity("app_user")
record UserAccount(
        @Id String username,
        String displayName,
        @Nullable String email,
        String passwordHash,
        boolean enabled,
        int failedSignIns,
        @Nullable Instant lockedUntil,
        @Nullable @DateCreated Instant createdAt) {

    static UserAccount create(String username, String displayName, String email, String passwordHash) {
        return new UserAccount(username, displayName, email, passwordHash, true, 0, null, null);
    }

    boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    UserAccount withFailedSignIn(int limit, Instant now, java.time.Duration lockFor) {
        int failures = failedSignIns + 1;
        return new UserAccount(username, displayName, email, passwordHash, enabled, failures,
                failures >= limit ? now.plus(lockFor) : lockedUntil, createdAt);
    }

    UserAccount withSuccessfulSignIn() {
        return new UserAccount(username, displayName, email, passwordHash, enabled, 0, null, createdAt);
    }

    UserAccount unlocked() {
        return withSuccessfulSignIn();
    }

    UserAccount withPasswordHash(String hash) {
        return new UserAccount(username, displayName, email, hash, enabled, failedSignIns, lockedUntil, createdAt);
    }

    UserAccount withDetails(String newDisplayName, String newEmail, boolean nowEnabled) {
        return new UserAccount(username, newDisplayName, newEmail, passwordHash, nowEnabled, failedSignIns, lockedUntil, createdAt);
    }
}
