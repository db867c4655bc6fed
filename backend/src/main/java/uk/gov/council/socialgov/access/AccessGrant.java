package uk.gov.council.socialgov.access;

import io.micronaut.core.annotation.Nullable;
import uk.gov.council.socialgov.web.ConflictException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A person's temporary access to one or more corporate accounts. Its status changes only through the methods below. */
public class AccessGrant {

    private final UUID id;
    private final String reference;
    private final String grantee;
    private final String requestedBy;
    private final String lineManager;
    private final String purpose;
    private final String intendedUse;
    private final LocalDate requestedEndDate;
    @Nullable
    private LocalDate agreedEndDate;
    @Nullable
    private String specificTerms;
    private AccessGrantStatus status;
    @Nullable
    private String decisionReason;
    @Nullable
    private String decidedBy;
    private final Instant requestedAt;
    @Nullable
    private Instant activatedAt;
    @Nullable
    private Instant endedAt;
    @Nullable
    private String endedBy;
    @Nullable
    private String endReason;
    @Nullable
    private String processInstanceId;
    @Nullable
    private Long version;

    @SuppressWarnings("java:S107") // the persistence constructor mirrors the table
    AccessGrant(UUID id, String reference, String grantee, String requestedBy, String lineManager, String purpose,
                String intendedUse, LocalDate requestedEndDate, @Nullable LocalDate agreedEndDate, @Nullable String specificTerms,
                AccessGrantStatus status, @Nullable String decisionReason, @Nullable String decidedBy, Instant requestedAt,
                @Nullable Instant activatedAt, @Nullable Instant endedAt, @Nullable String endedBy, @Nullable String endReason,
                @Nullable String processInstanceId, @Nullable Long version) {
        this.id = id;
        this.reference = reference;
        this.grantee = grantee;
        this.requestedBy = requestedBy;
        this.lineManager = lineManager;
        this.purpose = purpose;
        this.intendedUse = intendedUse;
        this.requestedEndDate = requestedEndDate;
        this.agreedEndDate = agreedEndDate;
        this.specificTerms = specificTerms;
        this.status = status;
        this.decisionReason = decisionReason;
        this.decidedBy = decidedBy;
        this.requestedAt = requestedAt;
        this.activatedAt = activatedAt;
        this.endedAt = endedAt;
        this.endedBy = endedBy;
        this.endReason = endReason;
        this.processInstanceId = processInstanceId;
        this.version = version;
    }

    @SuppressWarnings("java:S107")
    static AccessGrant request(String reference, String grantee, String requestedBy, String lineManager, String purpose,
                               String intendedUse, LocalDate requestedEndDate, Instant now) {
        return new AccessGrant(UUID.randomUUID(), reference, grantee, requestedBy, lineManager, purpose, intendedUse,
                requestedEndDate, null, null, AccessGrantStatus.REQUESTED, null, null, now, null, null, null, null, null, null);
    }

    /** Set by {@link AccessGrantStore} as the row's version moves on. */
    void setVersion(Long version) {
        this.version = version;
    }

    void startedAs(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void endorse() {
        require(AccessGrantStatus.REQUESTED);
        status = AccessGrantStatus.ENDORSED;
    }

    void notEndorsed(String by, String reason, Instant now) {
        require(AccessGrantStatus.REQUESTED);
        status = AccessGrantStatus.NOT_ENDORSED;
        decisionReason = reason;
        end(by, reason, now);
    }

    void approve(String by, LocalDate agreedEnd, @Nullable String terms) {
        require(AccessGrantStatus.ENDORSED);
        status = AccessGrantStatus.APPROVED;
        decidedBy = by;
        agreedEndDate = agreedEnd;
        specificTerms = terms;
    }

    void reject(String by, String reason, Instant now) {
        require(AccessGrantStatus.ENDORSED);
        status = AccessGrantStatus.REJECTED;
        decidedBy = by;
        decisionReason = reason;
        end(by, reason, now);
    }

    /** The grantee signed the statement: before provisioning it waits for access; an active (or suspended) grant stays so. */
    void signed() {
        if (status == AccessGrantStatus.APPROVED) {
            status = AccessGrantStatus.SIGNED;
        } else if (status != AccessGrantStatus.ACTIVE && status != AccessGrantStatus.SUSPENDED) {
            throw conflict();
        }
    }

    /** An emergency stops all posting (D 9); the grant's dates do not change. */
    void suspend() {
        require(AccessGrantStatus.ACTIVE);
        status = AccessGrantStatus.SUSPENDED;
    }

    void resume() {
        require(AccessGrantStatus.SUSPENDED);
        status = AccessGrantStatus.ACTIVE;
    }

    void activate(Instant now) {
        require(AccessGrantStatus.SIGNED);
        status = AccessGrantStatus.ACTIVE;
        activatedAt = now;
    }

    void extend(LocalDate newEnd, @Nullable String newTerms) {
        if (status != AccessGrantStatus.ACTIVE && status != AccessGrantStatus.SUSPENDED) {
            throw conflict();
        }
        agreedEndDate = newEnd;
        if (newTerms != null) {
            specificTerms = newTerms;
        }
    }

    /** Removed by the communications team (REVOKED) or because nobody reviewed it in time (EXPIRED). */
    void remove(AccessGrantStatus how, String by, String reason, Instant now) {
        if (AccessGrantStatus.ENDED.contains(status)) {
            throw conflict();
        }
        status = how;
        end(by, reason, now);
    }

    boolean wasProvisioned() {
        return activatedAt != null;
    }

    private void end(String by, String reason, Instant now) {
        endedBy = by;
        endReason = reason;
        endedAt = now;
    }

    private void require(AccessGrantStatus expected) {
        if (status != expected) {
            throw conflict();
        }
    }

    private ConflictException conflict() {
        return new ConflictException("Access " + reference + " is " + status.label().toLowerCase() + ", so this step cannot be taken");
    }

    public UUID getId() { return id; }
    public String getReference() { return reference; }
    public String getGrantee() { return grantee; }
    public String getRequestedBy() { return requestedBy; }
    public String getLineManager() { return lineManager; }
    public String getPurpose() { return purpose; }
    public String getIntendedUse() { return intendedUse; }
    public LocalDate getRequestedEndDate() { return requestedEndDate; }
    public LocalDate getAgreedEndDate() { return agreedEndDate; }
    public String getSpecificTerms() { return specificTerms; }
    public AccessGrantStatus getStatus() { return status; }
    public String getDecisionReason() { return decisionReason; }
    public String getDecidedBy() { return decidedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public Instant getActivatedAt() { return activatedAt; }
    public Instant getEndedAt() { return endedAt; }
    public String getEndedBy() { return endedBy; }
    public String getEndReason() { return endReason; }
    public String getProcessInstanceId() { return processInstanceId; }
    public Long getVersion() { return version; }
}
