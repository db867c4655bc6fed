package uk.gov.council.socialgov.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

@Serdeable
record TaskView(String id, String name, String taskDefinitionKey, String processDefinitionKey,
                @Nullable String caseId, @Nullable String caseReference, @Nullable String caseTitle,
                @Nullable String caseKind, Instant created, @Nullable Instant due, @Nullable String assignee,
                List<String> candidateGroups) {
}
