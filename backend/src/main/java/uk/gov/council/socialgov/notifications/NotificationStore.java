package uk.gov.council.socialgov.notifications;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The outbox table. Callers hold a transaction; the locking reads skip rows another node is sending. */
@Singleton
class NotificationStore {

    private static final String COLUMNS = "id, recipient, email, kind, subject, text_body, html_body, link, created_at, status, "
            + "attempts, next_attempt_at, last_error, sent_at";

    private final JdbcOperations jdbc;

    NotificationStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Notification n) {
        jdbc.prepareStatement("insert into notification (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, n.id());
            s.setString(2, n.recipient());
            s.setString(3, n.email());
            s.setString(4, n.kind().name());
            s.setString(5, n.subject());
            s.setString(6, n.textBody());
            s.setString(7, n.htmlBody());
            s.setString(8, n.link());
            s.setTimestamp(9, Timestamp.from(n.createdAt()));
            s.setString(10, n.status());
            s.setInt(11, n.attempts());
            s.setTimestamp(12, Timestamp.from(n.nextAttemptAt()));
            s.setString(13, n.lastError());
            s.setTimestamp(14, n.sentAt() == null ? null : Timestamp.from(n.sentAt()));
            return s.executeUpdate();
        });
    }

    List<Notification> lockDue(Instant now, int limit) {
        return list("select " + COLUMNS + " from notification where status = 'PENDING' and next_attempt_at <= ? "
                + "order by next_attempt_at limit ? for update skip locked", s -> {
            s.setTimestamp(1, Timestamp.from(now));
            s.setInt(2, limit);
        });
    }

    List<Notification> lockHeld() {
        return list("select " + COLUMNS + " from notification where status = 'HELD' order by recipient, created_at "
                + "for update skip locked", s -> { });
    }

    void markSent(UUID id, Instant at) {
        update("update notification set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?", s -> {
            s.setTimestamp(1, Timestamp.from(at));
            s.setObject(2, id);
        });
    }

    void markFailed(UUID id, Instant nextAttempt, String error) {
        update("update notification set attempts = attempts + 1, next_attempt_at = ?, last_error = ? where id = ?", s -> {
            s.setTimestamp(1, Timestamp.from(nextAttempt));
            s.setString(2, error);
            s.setObject(3, id);
        });
    }

    void markInDigest(UUID id, UUID digestId) {
        update("update notification set status = 'IN_DIGEST', digest_id = ? where id = ?", s -> {
            s.setObject(1, digestId);
            s.setObject(2, id);
        });
    }

    /** One person's messages, newest first (index notification_by_recipient). */
    List<Notification> pageFor(String recipient, int offset, int limit) {
        return list("select " + COLUMNS + " from notification where recipient = ? order by created_at desc, id limit ? offset ?", s -> {
            s.setString(1, recipient);
            s.setInt(2, limit);
            s.setInt(3, offset);
        });
    }

    /** Everyone's messages, newest first (index notification_by_time). */
    List<Notification> page(int offset, int limit) {
        return list("select " + COLUMNS + " from notification order by created_at desc, id limit ? offset ?", s -> {
            s.setInt(1, limit);
            s.setInt(2, offset);
        });
    }

    long countFor(String recipient) {
        return count("select count(*) from notification where recipient = ?", recipient);
    }

    long count() {
        return count("select count(*) from notification");
    }

    private long count(String sql, String... parameters) {
        return jdbc.prepareStatement(sql, s -> {
            for (int i = 0; i < parameters.length; i++) {
                s.setString(i + 1, parameters[i]);
            }
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    boolean prefersDigest(String username) {
        return jdbc.prepareStatement("select daily_digest from notification_preference where username = ?", s -> {
            s.setString(1, username);
            try (ResultSet row = s.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        });
    }

    void setDigest(String username, boolean dailyDigest) {
        update("insert into notification_preference (username, daily_digest) values (?, ?) "
                + "on conflict (username) do update set daily_digest = excluded.daily_digest", s -> {
            s.setString(1, username);
            s.setBoolean(2, dailyDigest);
        });
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private void update(String sql, Binder binder) {
        jdbc.prepareStatement(sql, s -> {
            binder.bind(s);
            return s.executeUpdate();
        });
    }

    private List<Notification> list(String sql, Binder binder) {
        return jdbc.prepareStatement(sql, s -> {
            binder.bind(s);
            List<Notification> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(new Notification(row.getObject("id", UUID.class), row.getString("recipient"), row.getString("email"),
                            NotificationKind.valueOf(row.getString("kind")), row.getString("subject"), row.getString("text_body"),
                            row.getString("html_body"), row.getString("link"), row.getTimestamp("created_at").toInstant(),
                            row.getString("status"), row.getInt("attempts"), row.getTimestamp("next_attempt_at").toInstant(),
                            row.getString("last_error"),
                            row.getTimestamp("sent_at") == null ? null : row.getTimestamp("sent_at").toInstant()));
                }
            }
            return found;
        });
    }
}
