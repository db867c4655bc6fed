package uk.gov.council.socialgov.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.sql.ColumnTransformer;
import io.micronaut.data.model.DataType;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A named set of task-list criteria, for its owner or shared with one of their groups. */
@MappedEntity("task_filter")
record SavedFilter(@Id UUID id, String owner, String name,
                   @TypeDef(type = DataType.JSON) @ColumnTransformer(write = "?::jsonb") Map<String, String> criteria,
                   @Nullable String sharedWithGroup, Instant createdAt) {
}
