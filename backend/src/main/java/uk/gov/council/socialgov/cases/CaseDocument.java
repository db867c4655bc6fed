package uk.gov.council.socialgov.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** A document attached to a case, without its content. */
@Serdeable
record CaseDocument(UUID id, String fileName, String mediaType, long size, String sha256, @Nullable String description,
                    String uploadedBy, String uploadedByName, Instant uploadedAt) {
}
