package uk.gov.council.socialgov.identity;

import io.micronaut.data.annotation.DateCreated;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;

/** A person who signs in with a local password. */
@MappedEntity("app_user")
record UserAccount(
        @Id String username,
        String displayName,
        String email,
        String passwordHash,
        boolean enabled,
        @DateCreated Instant createdAt) {
}
