package uk.gov.council.socialgov.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.registry.AccountKind;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** An account request as its pages show it; the list leaves out the notes. */
@Serdeable
record AccountRequestView(UUID id, String reference, String department, AccountKind kind,
                          @Nullable LocalDate campaignEndDate, Platform platform, String platformLabel,
                          String proposedName, BusinessCase businessCase, List<String> proposedUsers,
                          AccountRequestStatus status, String statusLabel, @Nullable String rejectionReason, String submittedBy,
                          Instant submittedAt, @Nullable String decidedBy, @Nullable Instant decidedAt,
                          @Nullable String handle, @Nullable String url, @Nullable UUID socialAccountId,
                          @Nullable Instant closedAt, @Nullable String endorser, @Nullable String endorserName, @Nullable Instant endorsedAt,
                          List<Note> notes, boolean mayWithdraw) {

    @Serdeable
    record Note(AccountRequestNote.Kind kind, String kindLabel, String body, String writtenBy, String writtenByName, Instant writtenAt) {
    }

    static AccountRequestView of(AccountRequest request) {
        return of(request, List.of(), Map.of(), false);
    }

    static AccountRequestView of(AccountRequest request, List<AccountRequestNote> notes, Map<String, String> names, boolean mayWithdraw) {
        return new AccountRequestView(request.getId(), request.getReference(), request.getDepartment(), request.getKind(),
                request.getCampaignEndDate(), request.getPlatform(), request.getPlatform().label(),
                request.getProposedName(), request.getBusinessCase(), request.getProposedUsers(), request.getStatus(),
                request.getStatus().label(), request.getRejectionReason(), request.getSubmittedBy(), request.getSubmittedAt(),
                request.getDecidedBy(), request.getDecidedAt(), request.getHandle(), request.getUrl(), request.getSocialAccountId(),
                request.getClosedAt(), request.getEndorser(),
                request.getEndorser() == null ? null : names.getOrDefault(request.getEndorser(), request.getEndorser()), request.getEndorsedAt(),
                notes.stream().map(note -> new Note(note.kind(), label(note.kind()), note.body(), note.writtenBy(),
                        names.getOrDefault(note.writtenBy(), note.writtenBy()), note.writtenAt())).toList(),
                mayWithdraw);
    }

    private static String label(AccountRequestNote.Kind kind) {
        return switch (kind) {
            case QUESTION -> "Question from the communications team";
            case ANSWER -> "Answer from the department";
            case BRANDING_SENT -> "Note with the branding";
            case BRANDING_RETURNED -> "Branding returned with comments";
            case SET_UP_RETURNED -> "Set-up returned with comments";
            case WITHDRAWN -> "Reason for withdrawing";
            case CAMPAIGN_EXTENDED -> "Campaign extended";
        };
    }
}
