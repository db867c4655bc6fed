package uk.gov.council.socialgov.harassment;

import io.micronaut.core.annotation.Nullable;
import uk.gov.council.socialgov.policy.Platform;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One councillor's report of harassment and what its steps have recorded. */
record HarassmentReport(UUID id, String reference, String member, String reportedBy, Instant reportedAt, Platform platform,
                        String offendingAccounts, String description, List<String> postLinks, boolean immediateDanger,
                        boolean informGroupLeader, boolean policeTold, @Nullable String crimeReference, HarassmentStatus status,
                        @Nullable RiskLevel riskLevel, @Nullable String triageNotes, @Nullable String followUp,
                        @Nullable String outcome, @Nullable Instant closedAt, @Nullable String processInstanceId) {

    boolean open() {
        return status != HarassmentStatus.CLOSED;
    }
}
