package uk.gov.council.socialgov.tasks;

import io.micronaut.core.annotation.Nullable;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A named set of task-list criteria, for its owner or shared with one of their groups. */
record SavedFilter(UUID id, String owner, String name, Map<String, String> criteria, @Nullable String sharedWithGroup,
                   Instant createdAt) {
}
