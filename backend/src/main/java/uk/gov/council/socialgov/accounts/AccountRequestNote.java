package uk.gov.council.socialgov.accounts;

import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One thing the communications team and the department said to each other about a request. */
@Serdeable
public record AccountRequestNote(UUID id, UUID requestId, Kind kind, String body, String writtenBy, Instant writtenAt) {

    public enum Kind {
        QUESTION, ANSWER, BRANDING_SENT, BRANDING_RETURNED, SET_UP_RETURNED, WITHDRAWN, CAMPAIGN_EXTENDED
    }

    static AccountRequestNote of(AccountRequest request, Kind kind, String body, String by, Instant at) {
        return new AccountRequestNote(UUID.randomUUID(), request.getId(), kind, body.strip(), by, at);
    }
}
