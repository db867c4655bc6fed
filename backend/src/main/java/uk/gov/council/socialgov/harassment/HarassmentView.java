package uk.gov.council.socialgov.harassment;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
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

    /** A report in full, in parts: who it is about and who reported it, what happened, the triage, what was done, and its retention. */
    @Serdeable
    record Details(UUID id, String reference, @JsonUnwrapped People people, @JsonUnwrapped WhatHappened happened,
                   HarassmentStatus status, String statusLabel, @JsonUnwrapped Triage triage, List<Action> actions,
                   @JsonUnwrapped Closure closure, @JsonUnwrapped Retention.OnCase kept) {
    }

    @Serdeable
    record People(String member, @Nullable String memberName, String reportedBy, @Nullable String reportedByName, Instant reportedAt) {
    }

    @Serdeable
    record WhatHappened(String platform, String platformLabel, String offendingAccounts, String description, List<String> postLinks,
                        boolean immediateDanger, boolean informGroupLeader, boolean policeTold, @Nullable String crimeReference) {
    }

    @Serdeable
    record Triage(@Nullable RiskLevel riskLevel, @Nullable String riskLabel, @Nullable String triageNotes) {
    }

    @Serdeable
    record Closure(@Nullable String followUp, @Nullable String outcome, @Nullable Instant closedAt) {
    }

    /** What the communications team needs to report or block the accounts, and nothing more. */
    @Serdeable
    record PlatformReport(String reference, String platform, String platformLabel, String offendingAccounts, List<String> postLinks) {
    }
}
