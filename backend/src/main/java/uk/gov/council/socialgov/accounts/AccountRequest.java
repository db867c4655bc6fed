package uk.gov.council.socialgov.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.TypeDef;
import io.micronaut.data.annotation.Version;
import io.micronaut.data.annotation.sql.ColumnTransformer;
import io.micronaut.data.model.DataType;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.InvalidRequestException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A department's request for a new account. Its status changes only through the methods below. */
@MappedEntity("account_request")
public class AccountRequest {

    @Id
    private final UUID id;
    private final String reference;
    private final String department;
    private final AccountKind kind;
    @Nullable
    private final LocalDate campaignEndDate;
    private final Platform platform;
    private final String proposedName;
    @TypeDef(type = DataType.JSON)
    @ColumnTransformer(write = "?::jsonb")
    private final BusinessCase businessCase;
    @TypeDef(type = DataType.JSON)
    @ColumnTransformer(write = "?::jsonb")
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
    @Version
    @Nullable
    private Long version;

    @SuppressWarnings("java:S107") // the persistence constructor mirrors the table
    AccountRequest(UUID id, String reference, String department, AccountKind kind, @Nullable LocalDate campaignEndDate,
                   Platform platform, String proposedName, BusinessCase businessCase, List<String> proposedUsers,
                   String submittedBy, Instant submittedAt, AccountRequestStatus status, @Nullable String rejectionReason,
                   @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String processInstanceId, @Nullable Long version) {
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
        this.version = version;
    }

    static AccountRequest submit(String reference, String department, AccountKind kind, LocalDate campaignEndDate,
                                 Platform platform, String proposedName, BusinessCase businessCase,
                                 List<String> proposedUsers, String submittedBy, Instant now) {
        return new AccountRequest(UUID.randomUUID(), reference, department, kind, campaignEndDate, platform, proposedName,
                businessCase, List.copyOf(proposedUsers), submittedBy, now, AccountRequestStatus.SUBMITTED,
                null, null, null, null, null);
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void approve(String reviewer, Instant now) {
        requireSubmitted();
        status = AccountRequestStatus.APPROVED;
        decidedBy = reviewer;
        decidedAt = now;
    }

    void reject(String reviewer, String reason, Instant now) {
        requireSubmitted();
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "Enter the reason for rejecting the request");
        }
        status = AccountRequestStatus.REJECTED;
        rejectionReason = reason.strip();
        decidedBy = reviewer;
        decidedAt = now;
    }

    private void requireSubmitted() {
        if (status != AccountRequestStatus.SUBMITTED) {
            throw new ConflictException("Request " + reference + " has already been decided");
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
    public String getRejectionReason() { return rejectionReason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getDecidedAt() { return decidedAt; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Long getVersion() { return version; }
}
