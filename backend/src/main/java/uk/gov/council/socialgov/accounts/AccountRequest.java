package uk.gov.council.socialgov.accounts;

import io.micronaut.core.annotation.Nullable;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.registry.AccountKind;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.InvalidRequestException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A department's request for a new account. Its status changes only through the methods below. */
public class AccountRequest {

    private final UUID id;
    private final String reference;
    private final String department;
    private final AccountKind kind;
    @Nullable
    private LocalDate campaignEndDate;
    private final Platform platform;
    private final String proposedName;
    private final BusinessCase businessCase;
    private final List<String> proposedUsers;
    private final String submittedBy;
    private final Instant submittedAt;
    private AccountRequestStatus status;
    @Nullable
    private String rejectionReason;
    @Nullable
    private String decidedBy;
    @Nullable
    private Instant decidedAt;
    @Nullable
    private String processInstanceId;
    @Nullable
    private String handle;
    @Nullable
    private String url;
    @Nullable
    private UUID socialAccountId;
    @Nullable
    private Instant closedAt;
    @Nullable
    private Long version;
    @Nullable
    private final String endorser;
    @Nullable
    private Instant endorsedAt;

    @SuppressWarnings("java:S107") // the persistence constructor mirrors the table
    AccountRequest(UUID id, String reference, String department, AccountKind kind, @Nullable LocalDate campaignEndDate,
                   Platform platform, String proposedName, BusinessCase businessCase, List<String> proposedUsers,
                   String submittedBy, Instant submittedAt, AccountRequestStatus status, @Nullable String rejectionReason,
                   @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String processInstanceId, @Nullable String handle,
                   @Nullable String url, @Nullable UUID socialAccountId, @Nullable Instant closedAt, @Nullable Long version,
                   @Nullable String endorser, @Nullable Instant endorsedAt) {
        this.id = id;
        this.reference = reference;
        this.department = department;
        this.kind = kind;
        this.campaignEndDate = campaignEndDate;
        this.platform = platform;
        this.proposedName = proposedName;
        this.businessCase = businessCase;
        this.proposedUsers = proposedUsers;
        this.submittedBy = submittedBy;
        this.submittedAt = submittedAt;
        this.status = status;
        this.rejectionReason = rejectionReason;
        this.decidedBy = decidedBy;
        this.decidedAt = decidedAt;
        this.processInstanceId = processInstanceId;
        this.handle = handle;
        this.url = url;
        this.socialAccountId = socialAccountId;
        this.closedAt = closedAt;
        this.version = version;
        this.endorser = endorser;
        this.endorsedAt = endorsedAt;
    }

    /** A new request; with an {@code endorser} (the head of the requester's department) it waits for their endorsement first. */
    static AccountRequest submit(String reference, String department, AccountKind kind, LocalDate campaignEndDate,
                                 Platform platform, String proposedName, BusinessCase businessCase,
                                 List<String> proposedUsers, String submittedBy, @Nullable String endorser, Instant now) {
        return new AccountRequest(UUID.randomUUID(), reference, department, kind, campaignEndDate, platform, proposedName,
                businessCase, List.copyOf(proposedUsers), submittedBy, now,
                endorser == null ? AccountRequestStatus.SUBMITTED : AccountRequestStatus.AWAITING_ENDORSEMENT,
                null, null, null, null, null, null, null, null, null, endorser, null);
    }

    /** The head of department endorses it: it goes to the communications team's review. */
    void endorse(Instant now) {
        require(AccountRequestStatus.AWAITING_ENDORSEMENT);
        status = AccountRequestStatus.SUBMITTED;
        endorsedAt = now;
    }

    /** The head of department declines to endorse it, with a reason the requester sees: the request ends. */
    void notEndorsed(String head, String reason, Instant now) {
        require(AccountRequestStatus.AWAITING_ENDORSEMENT);
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "Enter why you do not endorse the request");
        }
        status = AccountRequestStatus.NOT_ENDORSED;
        rejectionReason = reason.strip();
        decidedBy = head;
        decidedAt = now;
    }

    /** Set by {@link AccountRequestStore} as the row's version moves on. */
    void setVersion(Long version) {
        this.version = version;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void askForInformation() {
        require(AccountRequestStatus.SUBMITTED);
        status = AccountRequestStatus.INFORMATION_REQUESTED;
    }

    void answered() {
        require(AccountRequestStatus.INFORMATION_REQUESTED);
        status = AccountRequestStatus.SUBMITTED;
    }

    void approve(String reviewer, Instant now) {
        require(AccountRequestStatus.SUBMITTED);
        status = AccountRequestStatus.APPROVED;
        decidedBy = reviewer;
        decidedAt = now;
    }

    void reject(String reviewer, String reason, Instant now) {
        require(AccountRequestStatus.SUBMITTED);
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "Enter the reason for rejecting the request");
        }
        status = AccountRequestStatus.REJECTED;
        rejectionReason = reason.strip();
        decidedBy = reviewer;
        decidedAt = now;
        closedAt = now;
    }

    void brandingApproved() {
        require(AccountRequestStatus.APPROVED);
        status = AccountRequestStatus.BRANDING_APPROVED;
    }

    void setUp(String handle, String url) {
        require(AccountRequestStatus.BRANDING_APPROVED);
        this.handle = handle;
        this.url = url;
        status = AccountRequestStatus.SET_UP;
    }

    /** The communications team found something to put right before activating. */
    void setUpReturned() {
        require(AccountRequestStatus.SET_UP);
        status = AccountRequestStatus.BRANDING_APPROVED;
    }

    void activate(UUID accountId) {
        require(AccountRequestStatus.SET_UP);
        socialAccountId = accountId;
        status = AccountRequestStatus.ACTIVE;
    }

    void extendCampaign(LocalDate newEnd) {
        require(AccountRequestStatus.ACTIVE);
        campaignEndDate = newEnd;
    }

    void close(Instant now) {
        require(AccountRequestStatus.ACTIVE);
        status = AccountRequestStatus.CLOSED;
        closedAt = now;
    }

    void withdraw(Instant now) {
        if (!AccountRequestStatus.WITHDRAWABLE.contains(status)) {
            throw new ConflictException("Request " + reference + " can no longer be withdrawn: it is " + status.label().toLowerCase());
        }
        status = AccountRequestStatus.WITHDRAWN;
        closedAt = now;
    }

    void expire(Instant now) {
        require(AccountRequestStatus.INFORMATION_REQUESTED);
        status = AccountRequestStatus.EXPIRED;
        closedAt = now;
    }

    private void require(AccountRequestStatus expected) {
        if (status != expected) {
            throw new ConflictException("Request " + reference + " is " + status.label().toLowerCase() + ", so this step cannot be taken");
        }
    }

    public UUID getId() { return id; }
    public String getReference() { return reference; }
    public String getDepartment() { return department; }
    public AccountKind getKind() { return kind; }
    public LocalDate getCampaignEndDate() { return campaignEndDate; }
    public Platform getPlatform() { return platform; }
    public String getProposedName() { return proposedName; }
    public BusinessCase getBusinessCase() { return businessCase; }
    public List<String> getProposedUsers() { return proposedUsers; }
    public String getSubmittedBy() { return submittedBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public AccountRequestStatus getStatus() { return status; }
    @Nullable public String getEndorser() { return endorser; }
    @Nullable public Instant getEndorsedAt() { return endorsedAt; }
    public String getRejectionReason() { return rejectionReason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public String getHandle() { return handle; }
    public String getUrl() { return url; }
    public UUID getSocialAccountId() { return socialAccountId; }
    public Instant getClosedAt() { return closedAt; }
    public Long getVersion() { return version; }
}
