package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Counts wrong passwords (at sign-in and on "change your password") and locks the account at the
 * limit. The count is one atomic SQL update, so simultaneous wrong passwords are each counted.
 * Callers are inside a transaction.
 */
@Singleton
class LockOut {

    /** The count after this failure, until when the account is locked, and whether this failure locked it. */
    record Counted(int failures, @Nullable Instant lockedUntil, boolean newlyLocked) {
        boolean lockedAt(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(EngineClock.UK);

    private final JdbcOperations jdbc;
    private final SignInProperties properties;

    LockOut(JdbcOperations jdbc, SignInProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    Counted countFailure(String username) {
        Instant now = EngineClock.now();
        // The row lock serialises simultaneous failures, so exactly one of them sees the lock begin.
        Instant lockedBefore = jdbc.prepareStatement("select locked_until from app_user where username = ? for update", statement -> {
            statement.setString(1, username);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Timestamp until = row.getTimestamp(1);
                return until == null ? null : until.toInstant();
            }
        });
        return jdbc.prepareStatement("""
                update app_user set failed_sign_ins = failed_sign_ins + 1,
                    locked_until = case when failed_sign_ins + 1 >= ? and (locked_until is null or locked_until <= ?) then ?
                                        else locked_until end
                where username = ? returning failed_sign_ins, locked_until""", statement -> {
            statement.setInt(1, properties.maxFailures());
            statement.setTimestamp(2, Timestamp.from(now));
            statement.setTimestamp(3, Timestamp.from(now.plus(properties.lockFor())));
            statement.setString(4, username);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                Timestamp until = row.getTimestamp(2);
                Instant lockedUntil = until == null ? null : until.toInstant();
                boolean wasLocked = lockedBefore != null && lockedBefore.isAfter(now);
                boolean isLocked = lockedUntil != null && lockedUntil.isAfter(now);
                return new Counted(row.getInt(1), lockedUntil, !wasLocked && isLocked);
            }
        });
    }

    /** A right password, or an administrator's unlock, starts the count again. */
    void clear(String username) {
        jdbc.prepareStatement("update app_user set failed_sign_ins = 0, locked_until = null where username = ?", statement -> {
            statement.setString(1, username);
            return statement.executeUpdate();
        });
    }

    String lockedMessage(Instant until) {
        return "Your account is locked after " + properties.maxFailures() + " failed sign-ins. Try again after "
                + TIME.format(until) + ", or ask an administrator to unlock it.";
    }
}
