package uk.gov.council.socialgov.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.workflow.EngineClock;

import javax.crypto.Mac;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Walks the whole chain in order and reports the first row whose content or link does not match,
 * then compares the chain with every checkpoint written outside the database: a checkpoint's row
 * must still be there with the same hash, and the trail must not end before the furthest one.
 */
@Singleton
public class AuditVerifier {

    @Serdeable
    public record Verification(boolean intact, long checkedRows, @Nullable Long firstBrokenId, String message, int checkpoints,
                               @Nullable Instant latestCheckpoint) {
    }

    private static final int BATCH = 1000;
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm:ss", Locale.UK)
            .withZone(EngineClock.UK);

    private final AuditStore store;
    private final AuditKey key;
    private final AuditCheckpoints checkpointFile;

    AuditVerifier(AuditStore store, AuditKey key, AuditCheckpoints checkpointFile) {
        this.store = store;
        this.key = key;
        this.checkpointFile = checkpointFile;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        AuditStore.Head head = store.head();
        List<AuditCheckpoints.Checkpoint> checkpoints = checkpointFile.read();
        int count = checkpoints.size();
        Instant latest = checkpoints.isEmpty() ? null : checkpoints.get(count - 1).at();
        Optional<AuditCheckpoints.Checkpoint> unsigned = checkpoints.stream().filter(c -> !c.signed()).findFirst();
        if (unsigned.isPresent()) {
            return new Verification(false, 0, null, "Line " + unsigned.get().line() + " of the checkpoint file " + checkpointFile.file()
                    + " is not signed with the audit key: the file was altered, or the key is not the one this trail was written with.",
                    count, latest);
        }
        // The boundary comes from the signed checkpoints when there are any: the database's copy could be moved
        // to pass rewritten rows off as old plain-hashed ones.
        long keyedFrom = checkpoints.isEmpty() ? head.keyedFromId() : checkpoints.get(count - 1).keyedFromId();
        TreeMap<Long, AuditCheckpoints.Checkpoint> byRow = new TreeMap<>();
        for (AuditCheckpoints.Checkpoint checkpoint : checkpoints) {
            AuditCheckpoints.Checkpoint earlier = byRow.putIfAbsent(checkpoint.headId(), checkpoint);
            if (earlier != null && !earlier.headHash().equals(checkpoint.headHash())) {
                return new Verification(false, 0, checkpoint.headId(), "The checkpoints of " + when(earlier) + " and " + when(checkpoint)
                        + " disagree about row " + checkpoint.headId() + ": the trail was rewritten between them.", count, latest);
            }
        }

        Mac mac = key.mac();
        String previousHash = AuditRecord.GENESIS;
        long lastId = 0;
        long checked = 0;
        Set<Long> anchored = new HashSet<>();
        MessageDigest seals = OlderAuditDetails.seals();
        boolean sealed = false;
        boolean detailsRemoved = false;
        List<AuditRecord> batch;
        while (!(batch = store.batchAfter(lastId, BATCH)).isEmpty()) {
            Map<Long, String> sealsOfBatch = store.seals(batch.get(0).id(), batch.get(batch.size() - 1).id());
            for (AuditRecord record : batch) {
                if (!record.previousHash().equals(previousHash)) {
                    return broken(checked, record.id(), "Row " + record.id() + " does not follow row " + lastId
                            + ": a row before it was removed or changed.", count, latest);
                }
                String content = record.content();
                String seal = sealsOfBatch.get(record.id());
                if (seal != null) {
                    if (detailsRemoved) {
                        return broken(checked, record.id(), "Row " + record.id() + " has a seal but was written after older details "
                                + "were removed: seals were added later.", count, latest);
                    }
                    OlderAuditDetails.seal(seals, record.id(), seal);
                    sealed = true;
                    // Its detail was removed under decision 0028: the seal vouches for the row as it reads now and for
                    // the hash it was chained with, which the next row's hash and the checkpoints still cover.
                    if (!seal.equals(AuditKey.sign(mac, AuditRecord.sealed(content, record.rowHash())))) {
                        return broken(checked, record.id(), "Row " + record.id() + " has been changed since its detail was removed.",
                                count, latest);
                    }
                } else {
                    String expected = record.id() < keyedFrom ? AuditRecord.sha256(content) : AuditKey.sign(mac, content);
                    if (!record.rowHash().equals(expected)) {
                        return broken(checked, record.id(), "Row " + record.id() + " has been changed since it was written.", count, latest);
                    }
                }
                if (!detailsRemoved && OlderAuditDetails.ACTION.equals(record.action()) && AuditTrail.SYSTEM.equals(record.actor())) {
                    detailsRemoved = true;
                    if (record.detail() == null || !record.detail().endsWith(OlderAuditDetails.sealsSuffix(seals.digest()))) {
                        return broken(checked, record.id(), "The seals of the rows before row " + record.id() + " do not match the ones "
                                + "it recorded when older details were removed: a row's detail was changed after that.", count, latest);
                    }
                }
                AuditCheckpoints.Checkpoint checkpoint = byRow.get(record.id());
                if (checkpoint != null) {
                    if (!checkpoint.headHash().equals(record.rowHash())) {
                        return broken(checked, record.id(), "Row " + record.id() + " no longer matches the checkpoint of "
                                + when(checkpoint) + ": the trail up to it was rewritten.", count, latest);
                    }
                    anchored.add(record.id());
                }
                previousHash = record.rowHash();
                lastId = record.id();
                checked++;
            }
        }
        if (sealed && !detailsRemoved) {
            return broken(checked, null, "Rows carry seals, but the row recording when older details were removed is missing.",
                    count, latest);
        }
        if (!byRow.isEmpty() && byRow.lastKey() > lastId) {
            AuditCheckpoints.Checkpoint furthest = byRow.lastEntry().getValue();
            return broken(checked, lastId + 1, "The checkpoint of " + when(furthest) + " recorded the trail up to row "
                    + furthest.headId() + ", but it now ends at row " + lastId + ": rows were removed from the end.", count, latest);
        }
        for (Map.Entry<Long, AuditCheckpoints.Checkpoint> entry : byRow.entrySet()) {
            if (entry.getKey() > 0 && !anchored.contains(entry.getKey())) {
                return broken(checked, entry.getKey(), "Row " + entry.getKey() + ", recorded in the checkpoint of "
                        + when(entry.getValue()) + ", is missing: rows were removed.", count, latest);
            }
        }
        if (head.lastId() != lastId || !head.lastHash().equals(previousHash)) {
            return broken(checked, lastId + 1, "The trail should end at row " + head.lastId()
                    + " but ends at row " + lastId + ": rows were removed from the end.", count, latest);
        }
        if (head.keyedFromId() != keyedFrom) {
            return broken(checked, null, "The trail's head says rows are keyed from row " + head.keyedFromId()
                    + ", but the checkpoints say from row " + keyedFrom + ": the head was altered.", count, latest);
        }
        String against = count == 0
                ? "; there is no checkpoint outside the database to compare it with yet."
                : ", and it agrees with the " + count + (count == 1 ? " checkpoint" : " checkpoints")
                  + " kept outside the database (the latest of " + WHEN.format(latest) + ").";
        return new Verification(true, checked, null, "The audit trail is intact: " + checked + " rows checked" + against, count, latest);
    }

    private static String when(AuditCheckpoints.Checkpoint checkpoint) {
        return WHEN.format(checkpoint.at());
    }

    private static Verification broken(long checked, Long id, String message, int checkpoints, Instant latest) {
        return new Verification(false, checked, id, message, checkpoints, latest);
    }
}
