package uk.gov.council.socialgov.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.council.socialgov.tasks.CaseTasks;

import java.time.Instant;
import java.util.List;

/**
 * A case page's shared parts: header, open tasks, documents and the timeline (oldest first), and whether
 * documents may still be added (the case is open, or closed under a legal hold).
 */
@Serdeable
record CaseOverview(String kind, String id, String reference, String title, String status, String statusLabel,
                    Instant openedAt, String openedBy, String openedByName,
                    List<CaseTasks.OpenTask> tasks, List<TimelineEntry> timeline, List<CaseDocument> documents,
                    boolean mayAddDocuments) {

    @Serdeable
    record TimelineEntry(Instant occurredAt, String actor, String actorName, @Nullable String onBehalfOf,
                         @Nullable String onBehalfOfName, String action, @Nullable String detail) {
    }
}
