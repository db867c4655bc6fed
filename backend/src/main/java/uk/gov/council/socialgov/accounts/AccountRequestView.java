package uk.gov.council.socialgov.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Serdeable
record AccountRequestView(UUID id, String reference, String department, AccountKind kind,
                          @Nullable LocalDate campaignEndDate, Platform platform, String platformLabel,
                          String proposedName, BusinessCase businessCase, List<String> proposedUsers,
                          AccountRequestStatus status, @Nullable String rejectionReason, String submittedBy,
                          Instant submittedAt, @Nullable String decidedBy, @Nullable Instant decidedAt) {

    static AccountRequestView of(AccountRequest request) {
        return new AccountRequestView(request.getId(), request.getReference(), request.getDepartment(), request.getKind(),
                request.getCampaignEndDate(), request.getPlatform(), request.getPlatform().label(),
                request.getProposedName(), request.getBusinessCase(), request.getProposedUsers(), request.getStatus(),
                request.getRejectionReason(), request.getSubmittedBy(), request.getSubmittedAt(),
                request.getDecidedBy(), request.getDecidedAt());
    }
}
