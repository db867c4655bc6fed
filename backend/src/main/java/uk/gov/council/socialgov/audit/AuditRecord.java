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

/** A stored audit row. Its hash covers every field and the previous row's hash. */
@Serdeable
public record AuditRecord(long id, Instant occurredAt, String actor, @Nullable String onBehalfOf, String action,
                          @Nullable String caseType, @Nullable String caseId, @Nullable String caseReference,
                          @Nullable String detail, @Nullable String sourceAddress, String previousHash, String rowHash) {

    static final String GENESIS = "0".repeat(64);

    /** SHA-256 over the fields, separated by a character no field contains, nulls marked apart from empty text. */
    static String hash(long id, Instant occurredAt, String actor, String onBehalfOf, String action, String caseType,
                       String caseId, String caseReference, String detail, String sourceAddress, String previousHash) {
        String content = Stream.of(Long.toString(id), occurredAt.toString(), actor, onBehalfOf, action, caseType, caseId,
                        caseReference, detail, sourceAddress, previousHash)
                .map(field -> field == null ? "\u0000" : field)
                .collect(Collectors.joining("\u001f"));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String expectedHash() {
        return hash(id, occurredAt, actor, onBehalfOf, action, caseType, caseId, caseReference, detail, sourceAddress, previousHash);
    }
}
