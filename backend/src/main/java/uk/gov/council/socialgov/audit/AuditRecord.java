package uk.gov.council.socialgov.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A stored audit row. Its hash covers every field and the previous row's hash: an HMAC-SHA256 with
 * the audit key, or plain SHA-256 for rows written before the chain was keyed (decision 0017).
 */
@Serdeable
public record AuditRecord(long id, Instant occurredAt, String actor, @Nullable String onBehalfOf, String action,
                          @Nullable String caseType, @Nullable String caseId, @Nullable String caseReference,
                          @Nullable String detail, @Nullable String sourceAddress, String previousHash, String rowHash) {

    static final String GENESIS = "0".repeat(64);

    /** The fields as they are hashed: separated by a character no field contains, nulls marked apart from empty text. */
    static String content(long id, Instant occurredAt, String actor, String onBehalfOf, String action, String caseType,
                          String caseId, String caseReference, String detail, String sourceAddress, String previousHash) {
        return Stream.of(Long.toString(id), occurredAt.toString(), actor, onBehalfOf, action, caseType, caseId,
                        caseReference, detail, sourceAddress, previousHash)
                .map(field -> field == null ? "\u0000" : field)
                .collect(Collectors.joining("\u001f"));
    }

    /** Plain SHA-256, as rows were hashed before the chain was keyed; anyone can compute it. */
    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * What a row's detail seal signs (decision 0028): the row as it reads now and the hash it was
     * chained with, kept apart from row hashes and checkpoints by its prefix.
     */
    static String sealed(String content, String rowHash) {
        return "socialgov-audit-detail-removed\u001f" + content + "\u001f" + rowHash;
    }

    String content() {
        return content(id, occurredAt, actor, onBehalfOf, action, caseType, caseId, caseReference, detail, sourceAddress, previousHash);
    }
}
