package uk.gov.council.socialgov.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.util.List;

/** Walks the whole chain in order and reports the first row whose content or link does not match. */
@Singleton
public class AuditVerifier {

    @Serdeable
    public record Verification(boolean intact, long checkedRows, @Nullable Long firstBrokenId, String message) {
    }

    private static final int BATCH = 1000;

    private final AuditRepository repository;

    AuditVerifier(AuditRepository repository) {
        this.repository = repository;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        String previousHash = AuditRecord.GENESIS;
        long lastId = 0;
        long checked = 0;
        List<AuditRecord> batch;
        while (!(batch = repository.batchAfter(lastId, BATCH)).isEmpty()) {
            for (AuditRecord record : batch) {
                if (!record.previousHash().equals(previousHash)) {
                    return broken(checked, record.id(), "Row " + record.id() + " does not follow row " + lastId
                            + ": a row before it was removed or changed.");
                }
                if (!record.rowHash().equals(record.expectedHash())) {
                    return broken(checked, record.id(), "Row " + record.id() + " has been changed since it was written.");
                }
                previousHash = record.rowHash();
                lastId = record.id();
                checked++;
            }
        }
        AuditRepository.Head head = repository.head();
        if (head.lastId() != lastId || !head.lastHash().equals(previousHash)) {
            return broken(checked, lastId + 1, "The trail should end at row " + head.lastId()
                    + " but ends at row " + lastId + ": rows were removed from the end.");
        }
        return new Verification(true, checked, null, "The audit trail is intact: " + checked + " rows checked.");
    }

    private static Verification broken(long checked, long id, String message) {
        return new Verification(false, checked, id, message);
    }
}
