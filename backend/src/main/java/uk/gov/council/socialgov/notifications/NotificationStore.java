package uk.gov.council.socialgov.notifications;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The outbox table. Callers hold a transaction; the locking reads skip rows another node is sending. */
@Singleton
class NotificationStore {

    private static final String COLUMNS = "id, recipient, email, kind, subject, text_body, html_body, link, created_at, status, "
            + "attempts, next_attempt_at, last_error, sent_at";

    private final Sql sql;

    NotificationStore(Sql sql) {
        this.sql = sql;
    }

    void insert(Notification n) {
        sql.update("insert into notification (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                n.id(), n.recipient(), n.email(), n.kind(), n.subject(), n.textBody(), n.htmlBody(), n.link(), n.createdAt(),
                n.status(), n.attempts(), n.nextAttemptAt(), n.lastError(), n.sentAt());
    }

    List<Notification> lockDue(Instant now, int limit) {
        return sql.list("select " + COLUMNS + " from notification where status = 'PENDING' and next_attempt_at <= ? "
                + "order by next_attempt_at limit ? for update skip locked", NotificationStore::notification, now, limit);
    }

    List<Notification> lockHeld() {
        return sql.list("select " + COLUMNS + " from notification where status = 'HELD' order by recipient, created_at "
                + "for update skip locked", NotificationStore::notification);
    }

    void markSent(UUID id, Instant at) {
        sql.update("update notification set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?", at, id);
    }

    void markFailed(UUID id, Instant nextAttempt, String error) {
        sql.update("update notification set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?", nextAttempt, error, id);
    }

    void markInDigest(UUID id, UUID digestId) {
        sql.update("update notification set status = 'IN_DIGEST', digest_id = ? where id = ?", digestId, id);
    }

    /** One person's messages, newest first (index notification_by_recipient). */
    List<Notification> pageFor(String recipient, int offset, int limit) {
        return sql.list("select " + COLUMNS + " from notification where recipient = ? order by created_at desc, id limit ? offset ?",
                NotificationStore::notification, recipient, limit, offset);
    }

    /** Everyone's messages, newest first (index notification_by_time). */
    List<Notification> page(int offset, int limit) {
        return sql.list("select " + COLUMNS + " from notification order by created_at desc, id limit ? offset ?",
                NotificationStore::notification, limit, offset);
    }

    long countFor(String recipient) {
        return sql.number("select count(*) from notification where recipient = ?", recipient);
    }

    long count() {
        return sql.number("select count(*) from notification");
    }

    boolean prefersDigest(String username) {
        return sql.optional("select daily_digest from notification_preference where username = ?", row -> row.getBoolean(1), username)
                .orElse(false);
    }

    void setDigest(String username, boolean dailyDigest) {
        sql.update("insert into notification_preference (username, daily_digest) values (?, ?) "
                + "on conflict (username) do update set daily_digest = excluded.daily_digest", username, dailyDigest);
    }

    private static Notification notification(ResultSet row) throws SQLException {
        return new Notification(Sql.uuid(row, "id"), row.getString("recipient"), row.getString("email"),
                NotificationKind.valueOf(row.getString("kind")), row.getString("subject"), row.getString("text_body"),
                row.getString("html_body"), row.getString("link"), Sql.instant(row, "created_at"),
                row.getString("status"), row.getInt("attempts"), Sql.instant(row, "next_attempt_at"),
                row.getString("last_error"), Sql.instant(row, "sent_at"));
    }

    /**
     * Emails about one case: those linking to the case or to one of its tasks, or naming its reference. A digest
     * that named it goes too, its other messages kept without it.
     */
    Sql.Deleted forget(String caseId, String reference, List<String> taskLinks) {
        String about = "t.link like '%' || ? || '%' or t.link = any(?) or strpos(t.subject, ?) > 0 or strpos(t.text_body, ?) > 0";
        sql.update("update notification set digest_id = null where digest_id in (select t.id from notification t where " + about + ")",
                caseId, taskLinks, reference, reference);
        return sql.deleteRecorded("notification", about, caseId, taskLinks, reference, reference);
    }
}
