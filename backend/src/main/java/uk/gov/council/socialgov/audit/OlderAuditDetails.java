package uk.gov.council.socialgov.audit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.council.socialgov.workflow.EngineClock;

import javax.crypto.Mac;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Migration 35.1 (decision 0028): takes case content out of the details of rows written before the
 * trail held none, without re-chaining. Each changed row gets the detail its kind of event now has
 * (or {@link AuditDetail#REMOVED}) and a seal, an HMAC with the audit key over the row as it now
 * reads and the hash it was chained with, so the links, the checkpoints and any exported hashes
 * stay as they were. Then a chained {@code AUDIT_DETAILS_REMOVED} row marks the migration point, and
 * the first checkpoint after it is written "on=details-removed". It needs the key, so it is a bean
 * handed to Flyway by {@link AuditMigrations}, and runs once, as the schema's owner, in Flyway's
 * transaction.
 */
@Singleton
class OlderAuditDetails implements JavaMigration {

    static final String ACTION = "AUDIT_DETAILS_REMOVED";
    private static final Logger LOG = LoggerFactory.getLogger(OlderAuditDetails.class);
    private static final int BATCH = 500;

    /** Events whose details were only ever identifiers, codes, counts, dates and hashes: kept if they pass {@link AuditDetail}. */
    private static final Set<String> ALWAYS_SAFE = Set.of(
            "SIGNED_IN", "SIGN_IN_FAILED", "ACCOUNT_LOCKED", "PASSWORD_CHANGED", "USER_CREATED", "USER_CHANGED", "USER_UNLOCKED",
            "SIGNED_OUT", "PASSWORD_CHANGE_FAILED", "GROUP_GRANT_REQUESTED", "GROUP_GRANT_APPROVED", "DIRECTORY_IMPORTED",
            "LEAVING_DATE_SET", "PERSON_LEFT", "PERSONAL_STEP_HANDED_OVER", "SUBSTITUTE_NAMED", "SUBSTITUTE_REMOVED",
            "ACCESS_REQUESTED", "ACCESS_REMOVED", "ACCESS_EXPIRED", "ACCESS_END_REMINDER_SENT", "ACCESS_SUSPENDED", "ACCESS_RESUMED",
            "ACCESS_STATEMENT_SIGNED", "ACCESS_APPROVED", "CERTIFICATION_OPENED", "CERTIFICATION_DEFAULT_APPLIED", "CERTIFICATION_DECIDED",
            "EVIDENCE_VIEWED", "EVIDENCE_SEALED", "EVIDENCE_VERIFIED", "EVIDENCE_BUNDLE_EXPORTED", "EVIDENCE_DESTROYED", "RETENTION_STARTED",
            "BREACH_REPORTED", "BREACH_TRIAGED", "BREACH_ASSESSED", "BREACH_ROUTED", "BREACH_CASE_CLOSED", "BREACH_OUTCOME_DECIDED",
            "BREACH_NOTE_ADDED", "ALLEGATION_DECIDED", "STANDARDS_HEARING_RECORDED", "INDEPENDENT_PERSON_VIEW_RECORDED",
            "INVESTIGATION_OVERDUE", "HARASSMENT_REPORTED", "HARASSMENT_TRIAGED", "HARASSMENT_ACTION_DONE", "HARASSMENT_FOLLOWED_UP",
            "HARASSMENT_ROUTED", "HARASSMENT_ESCALATED", "ACCOUNT_ACTIVITY_IMPORTED", "ACCOUNT_ACTIVITY_RECORDED", "ACCOUNT_COUNT_RECORDED",
            "AUTHORISED_USERS_LISTED", "ACCOUNT_INACTIVITY_REVIEW_STARTED", "AUTHORISED_USER_LEFT", "REGISTER_IMPORTED", "ACCOUNT_ADDED",
            "ACCOUNT_DETAILS_CHANGED", "ACCOUNT_OWNER_CHANGED", "LEAVERS_ACCOUNTS_FOUND", "NOTIFICATION_SETTINGS_CHANGED", "JOB_RETRIED",
            ACTION);

    private static final Pattern SHA256 = Pattern.compile("\\(SHA-256 ([0-9a-f]{64})\\)$");
    private static final Pattern POST = Pattern.compile("^(Post \\d+ on [^,]+)(, .*)?$", Pattern.DOTALL);
    private static final Pattern POST_FILE = Pattern.compile("^(Post \\d+): .*\\(SHA-256 ([0-9a-f]{64})\\)$", Pattern.DOTALL);
    private static final Pattern PERIOD_ENDED = Pattern.compile("^(\\S+ may post from .+ until \\d{4}-\\d{2}-\\d{2}): .*$", Pattern.DOTALL);
    private static final Pattern PERIOD_ADDED = Pattern.compile(
            "^(\\S+ may post from .+ from \\d{4}-\\d{2}-\\d{2}(?: until \\d{4}-\\d{2}-\\d{2})?): .*?( \\(register import\\))?$", Pattern.DOTALL);
    private static final Pattern CLOSED = Pattern.compile("\\((\\d+ authorised users ended)\\)$");
    private static final Pattern SEARCH = Pattern.compile("^person=(.*), case=(.*), from=(\\S*), to=(\\S*)$", Pattern.DOTALL);
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private final AuditKey key;
    private volatile long removedAtThisStart = -1;

    OlderAuditDetails(AuditKey key) {
        this.key = key;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("35.1");
    }

    @Override
    public String getDescription() {
        return "remove case content from older audit details";
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        long lastId;
        try (Statement statement = connection.createStatement();
             ResultSet head = statement.executeQuery("select last_id from audit_head where id = 1 for update")) {
            head.next();
            lastId = head.getLong(1);
        }
        if (lastId == 0) {
            return; // a new installation: nothing was written before the rule
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("set local socialgov.removing_audit_details = on");
        }
        Mac mac = key.mac();
        MessageDigest seals = seals();
        int changed = 0;
        long after = 0;
        List<Object[]> updates = new ArrayList<>();
        while (true) {
            List<AuditRecord> batch = read(connection, after, lastId);
            if (batch.isEmpty()) {
                break;
            }
            for (AuditRecord row : batch) {
                String cleaned = clean(row.action(), row.detail());
                if (row.detail() != null && !row.detail().equals(cleaned)) {
                    String content = AuditRecord.content(row.id(), row.occurredAt(), row.actor(), row.onBehalfOf(), row.action(),
                            row.caseType(), row.caseId(), row.caseReference(), cleaned, row.sourceAddress(), row.previousHash());
                    String seal = AuditKey.sign(mac, AuditRecord.sealed(content, row.rowHash()));
                    seal(seals, row.id(), seal);
                    updates.add(new Object[] {cleaned, seal, row.id()});
                }
                after = row.id();
            }
            changed += update(connection, updates);
            updates.clear();
        }
        appendMarker(connection, mac, lastId + " checked: " + changed + " details replaced" + sealsSuffix(seals.digest()));
        removedAtThisStart = lastId;
        LOG.info("Audit trail: case content removed from {} details of rows 1 to {} (decision 0028); the chain is unchanged and "
                + "row {} records the migration point.", changed, lastId, lastId + 1);
    }

    /**
     * The digest of every seal, in row order, that the marker row records: a seal is made with the key, so
     * without this someone holding the key could re-seal an older row with new content; with it they would
     * have to change the marker row, and so every row after it, which the next checkpoint finds.
     */
    static MessageDigest seals() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void seal(MessageDigest seals, long id, String seal) {
        seals.update((id + ":" + seal + "\n").getBytes(StandardCharsets.US_ASCII));
    }

    /** What the marker row's detail ends with for seals with this digest. */
    static String sealsSuffix(byte[] digest) {
        return "; seals SHA-256 " + HexFormat.of().formatHex(digest);
    }

    /** Whether this start ran the migration, so the start-up checkpoint says so. */
    boolean removedAtThisStart() {
        return removedAtThisStart >= 0;
    }

    /** The detail a row written before decision 0028 keeps: the same if its kind never held case content, else what is safe of it. */
    static @Nullable String clean(String action, @Nullable String detail) {
        if (detail == null) {
            return null;
        }
        String kept;
        if (ALWAYS_SAFE.contains(action) || action.startsWith("TASK_")) {
            kept = detail;
        } else {
            kept = switch (action) {
                case "CASE_DOCUMENT_ADDED", "CASE_DOCUMENT_VIEWED" -> group(SHA256, detail, m -> "Document (SHA-256 " + m.group(1) + ")");
                case "EVIDENCE_ADDED" -> group(POST, detail, m -> m.group(1));
                case "EVIDENCE_FILE_ADDED", "EVIDENCE_FILE_DOWNLOADED" ->
                        group(POST_FILE, detail, m -> m.group(1) + ": file (SHA-256 " + m.group(2) + ")");
                case "CASE_EXCLUSION_ADDED", "ACCESS_EXTENDED", "GROUP_GRANT_REFUSED" -> before(detail, ": ");
                case "ACCOUNT_REQUEST_SUBMITTED" -> detail.contains(" on ")
                        ? "An account on " + detail.substring(detail.lastIndexOf(" on ") + 4) : null;
                case "AUTHORISED_USER_ENDED" -> group(PERIOD_ENDED, detail, m -> m.group(1));
                case "AUTHORISED_USER_ADDED" -> group(PERIOD_ADDED, detail, m -> m.group(1) + (m.group(2) == null ? "" : m.group(2)));
                case "ACCOUNT_CLOSED" -> group(CLOSED, detail, m -> m.group(1));
                case "ACCOUNT_INACTIVITY_EXPLAINED" -> detail.contains(" Recommends keeping it open; expected from now on: ")
                        ? "Recommends keeping it open" : detail.endsWith(" Recommends closing it.") ? "Recommends closing it" : null;
                case "AUDIT_SEARCHED", "AUDIT_EXPORTED" -> group(SEARCH, detail, m -> "person=" + identifier(m.group(1)) + ", case="
                        + identifier(m.group(2)) + ", from=" + m.group(3) + ", to=" + m.group(4));
                default -> null; // reasons, notes, holding messages, answers: nothing of them is kept
            };
        }
        return kept != null && AuditDetail.allowed(kept) ? kept : AuditDetail.REMOVED;
    }

    private static String group(Pattern pattern, String detail, Function<Matcher, String> keep) {
        Matcher matcher = pattern.matcher(detail);
        return matcher.find() ? keep.apply(matcher) : null;
    }

    private static String before(String detail, String separator) {
        int at = detail.indexOf(separator);
        return at < 0 ? detail : detail.substring(0, at);
    }

    private static String identifier(String value) {
        return "null".equals(value) || IDENTIFIER.matcher(value).matches() ? value : "(other text, not recorded)";
    }

    private static List<AuditRecord> read(Connection connection, long after, long lastId) throws SQLException {
        List<AuditRecord> rows = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                select id, occurred_at, actor, on_behalf_of, action, case_type, case_id, case_reference, detail, source_address,
                       previous_hash, row_hash
                from audit_event where id > ? and id <= ? and detail is not null and detail_seal is null order by id limit ?""")) {
            select.setLong(1, after);
            select.setLong(2, lastId);
            select.setInt(3, BATCH);
            try (ResultSet r = select.executeQuery()) {
                while (r.next()) {
                    rows.add(new AuditRecord(r.getLong(1), r.getTimestamp(2).toInstant(), r.getString(3), r.getString(4), r.getString(5),
                            r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10), r.getString(11),
                            r.getString(12)));
                }
            }
        }
        return rows;
    }

    private static int update(Connection connection, List<Object[]> updates) throws SQLException {
        if (updates.isEmpty()) {
            return 0;
        }
        try (PreparedStatement update = connection.prepareStatement("update audit_event set detail = ?, detail_seal = ? where id = ?")) {
            for (Object[] u : updates) {
                update.setString(1, (String) u[0]);
                update.setString(2, (String) u[1]);
                update.setLong(3, (Long) u[2]);
                update.addBatch();
            }
            update.executeBatch();
        }
        return updates.size();
    }

    /** The migration point, chained and keyed like any row, so it cannot be removed or moved unnoticed. */
    private static void appendMarker(Connection connection, Mac mac, String checked) throws SQLException {
        String previous;
        try (Statement statement = connection.createStatement();
             ResultSet head = statement.executeQuery("select last_hash from audit_head where id = 1")) {
            head.next();
            previous = head.getString(1);
        }
        long id;
        try (Statement statement = connection.createStatement();
             ResultSet next = statement.executeQuery("select nextval('audit_event_id_seq')")) {
            next.next();
            id = next.getLong(1);
        }
        Instant now = EngineClock.now().truncatedTo(ChronoUnit.MICROS);
        String detail = "Rows 1 to " + checked;
        String hash = AuditKey.sign(mac, AuditRecord.content(id, now, AuditTrail.SYSTEM, null, ACTION, null, null, null, detail, null,
                previous));
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into audit_event (id, occurred_at, actor, action, detail, previous_hash, row_hash) values (?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement head = connection.prepareStatement("update audit_head set last_id = ?, last_hash = ? where id = 1")) {
            insert.setLong(1, id);
            insert.setTimestamp(2, Timestamp.from(now));
            insert.setString(3, AuditTrail.SYSTEM);
            insert.setString(4, ACTION);
            insert.setString(5, detail);
            insert.setString(6, previous);
            insert.setString(7, hash);
            insert.executeUpdate();
            head.setLong(1, id);
            head.setString(2, hash);
            head.executeUpdate();
        }
    }
}
