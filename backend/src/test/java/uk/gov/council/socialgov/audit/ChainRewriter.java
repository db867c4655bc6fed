package uk.gov.council.socialgov.audit;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An attacker's tool for tests: with superuser rights on the database, switch the triggers off,
 * change rows, then recompute every hash from there to the head so the chain links up again. Without
 * the audit key all they can compute is plain SHA-256 (as the trail used before it was keyed).
 */
final class ChainRewriter {

    private static final String GENESIS = "0".repeat(64);

    private ChainRewriter() {
    }

    /** Plain SHA-256 over the fields, as the trail hashed rows before it was keyed. */
    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** HMAC-SHA256 with a key: what someone who stole the key could compute. */
    static UnaryOperator<String> hmac(byte[] key) {
        return content -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(key, "HmacSHA256"));
                return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
            } catch (NoSuchAlgorithmException | InvalidKeyException e) {
                throw new IllegalStateException(e);
            }
        };
    }

    /** The fields of a row as they are hashed: separated by a character no field contains, nulls apart from empty text. */
    static String content(long id, Instant occurredAt, String actor, String onBehalfOf, String action, String caseType,
                          String caseId, String caseReference, String detail, String sourceAddress, String previousHash) {
        return Stream.of(Long.toString(id), occurredAt.toString(), actor, onBehalfOf, action, caseType, caseId,
                        caseReference, detail, sourceAddress, previousHash)
                .map(field -> field == null ? "\u0000" : field)
                .collect(Collectors.joining("\u001f"));
    }

    /**
     * Runs {@code edit} with the triggers off, then rehashes every row from {@code fromId} to the end
     * with {@code hash} and moves the head to the new last hash.
     */
    static void rewrite(Connection superuser, String edit, long fromId, UnaryOperator<String> hash) throws SQLException {
        rewrite(superuser, edit, fromId, Long.MAX_VALUE, hash);
    }

    /** As {@link #rewrite(Connection, String, long, UnaryOperator)}, rehashing rows {@code fromId} to {@code toId} only. */
    static void rewrite(Connection superuser, String edit, long fromId, long toId, UnaryOperator<String> hash) throws SQLException {
        superuser.setAutoCommit(false);
        try (Statement statement = superuser.createStatement()) {
            statement.execute("set local session_replication_role = replica");
            statement.execute(edit);
        }
        String previous = GENESIS;
        try (PreparedStatement before = superuser.prepareStatement(
                "select row_hash from audit_event where id < ? order by id desc limit 1")) {
            before.setLong(1, fromId);
            try (ResultSet row = before.executeQuery()) {
                if (row.next()) {
                    previous = row.getString(1);
                }
            }
        }
        List<Object[]> rows = new ArrayList<>();
        try (PreparedStatement select = superuser.prepareStatement("""
                select id, occurred_at, actor, on_behalf_of, action, case_type, case_id, case_reference, detail, source_address
                from audit_event where id between ? and ? order by id""")) {
            select.setLong(1, fromId);
            select.setLong(2, toId);
            try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Object[]{row.getLong(1), row.getTimestamp(2).toInstant(), row.getString(3), row.getString(4),
                            row.getString(5), row.getString(6), row.getString(7), row.getString(8), row.getString(9), row.getString(10)});
                }
            }
        }
        try (PreparedStatement update = superuser.prepareStatement(
                "update audit_event set previous_hash = ?, row_hash = ? where id = ?")) {
            for (Object[] r : rows) {
                String rowHash = hash.apply(content((long) r[0], (Instant) r[1], (String) r[2], (String) r[3], (String) r[4],
                        (String) r[5], (String) r[6], (String) r[7], (String) r[8], (String) r[9], previous));
                update.setString(1, previous);
                update.setString(2, rowHash);
                update.setLong(3, (long) r[0]);
                update.executeUpdate();
                previous = rowHash;
            }
        }
        if (toId == Long.MAX_VALUE) {
            try (PreparedStatement head = superuser.prepareStatement("update audit_head set last_hash = ? where id = 1")) {
                head.setString(1, previous);
                head.executeUpdate();
            }
        }
        superuser.commit();
    }
}
