package uk.gov.council.socialgov.harassment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.council.socialgov.retention.Retention;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** How a report is shown: in full to the councillor and the Monitoring Officer; the accounts and links only, to the communications team. */
final class HarassmentView {

    private HarassmentView() {
    }

    @Serdeable
    record Summary(UUID id, String reference, String member, @Nullable String memberName, String platform, String platformLabel,
                   HarassmentStatus status, String statusLabel, @Nullable RiskLevel riskLevel, @Nullable String riskLabel,
                   Instant reportedAt, boolean immediateDanger) {
    }

    @Serdeable
    record Action(UUID id, HarassmentAction kind, String kindLabel, String detail, String doneBy, @Nullable String doneByName, Instant doneAt) {
    }

    @Serdeable
    record Details(UUID id, String reference, String member, @Nullable String memberName, String reportedBy,
                   @Nullable String reportedByName, Instant reportedAt, String platform, String platformLabel, String offendingAccounts,
                   String description, List<String> postLinks, boolean immediateDanger, boolean informGroupLeader, boolean policeTold,
                   @Nullable String crimeReference, HarassmentStatus status, String statusLabel, @Nullable RiskLevel riskLevel,
                   @Nullable String riskLabel, @Nullable String triageNotes, List<Action> actions, @Nullable String followUp,
                   @Nullable String outcome, @Nullable Instant closedAt, Retention.@Nullable Entry retention, List<Retention.Hold> holds,
                   boolean mayPlaceHold) {
    }

    /** What the communications team needs to report or block the accounts, and nothing more. */
    @Serdeable
    record PlatformReport(String reference, String platform, String platformLabel, String offendingAccounts, List<String> postLinks) {
    }
}
