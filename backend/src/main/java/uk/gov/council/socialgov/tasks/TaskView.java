package uk.gov.council.socialgov.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;

/** A task as people see it in lists and on its page: what it is, which case, whose, by when, and why (policy). */
@Serdeable
record TaskView(String id, String name, String taskDefinitionKey, String processDefinitionKey, String processName,
                @Nullable String caseId, @Nullable String caseReference, @Nullable String caseTitle,
                @Nullable String caseKind, Instant created, @Nullable Instant due, @Nullable Instant followUp,
                int priority, @Nullable String assignee, List<String> candidateGroups,
                @Nullable String handedOverBy, @Nullable String coveringFor,
                @Nullable String instructions, List<String> policyClauses, @Nullable String formKey) {
}
