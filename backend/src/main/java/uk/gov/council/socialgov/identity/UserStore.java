package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * People and their groups in PostgreSQL. A person is only ever inserted whole; every change is a
 * single-column update, so no read-modify-write can undo a failure count or a session version.
 */
@Singleton
class UserStore {

    /** A person's sign-in state as the session check reads it. */
    record SessionState(boolean enabled, long version) {
    }

    /** The failure count after one more wrong password, and until when the account is now locked. */
    record Failures(int count, @Nullable Instant lockedUntil) {
    }

    private static final String COLUMNS = "username, display_name, email, password_hash, enabled, failed_sign_ins, locked_until, "
            + "session_version, oidc_issuer, oidc_subject, created_at";

    private final Sql sql;

    UserStore(Sql sql) {
        this.sql = sql;
    }

    long count() {
        return sql.number("select count(*) from app_user");
    }

    boolean existsById(String username) {
        return sql.exists("select 1 from app_user where username = ?", username);
    }

    Optional<UserAccount> findById(String username) {
        return sql.optional("select " + COLUMNS + " from app_user where username = ?", UserStore::user, username);
    }

    Optional<UserAccount> findByOidcIssuerAndOidcSubject(String oidcIssuer, String oidcSubject) {
        return sql.optional("select " + COLUMNS + " from app_user where oidc_issuer = ? and oidc_subject = ?", UserStore::user,
                oidcIssuer, oidcSubject);
    }

    List<UserAccount> findByUsernameIn(Collection<String> usernames) {
        return sql.list("select " + COLUMNS + " from app_user where username = any(?)", UserStore::user, usernames);
    }

    List<UserAccount> findEnabledInGroup(String group) {
        return sql.list("""
                select u.* from app_user u join app_user_group g on g.username = u.username
                where g.group_id = ? and u.enabled order by u.username""", UserStore::user, group);
    }

    List<UserAccount> findPage(int offset, int limit) {
        return sql.list("select " + COLUMNS + " from app_user order by username offset ? limit ?", UserStore::user, offset, limit);
    }

    /** Inserts the person; the row's creation time is now. */
    UserAccount save(UserAccount user) {
        UserAccount created = user.created(Instant.now());
        sql.update("insert into app_user (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                created.username(), created.displayName(), created.email(), created.passwordHash(), created.enabled(),
                created.failedSignIns(), created.lockedUntil(), created.sessionVersion(), created.oidcIssuer(), created.oidcSubject(),
                created.createdAt());
        return created;
    }

    void updateDetails(String username, String displayName, @Nullable String email, boolean enabled) {
        sql.update("update app_user set display_name = ?, email = ?, enabled = ? where username = ?", displayName, email, enabled, username);
    }

    /** Ends the person's sign-in: they can no longer sign in, and the session check refuses their cookies. */
    void disable(String username) {
        sql.update("update app_user set enabled = false where username = ?", username);
    }

    /** The person's own new password, which is no longer temporary. */
    void updatePasswordHash(String username, String passwordHash) {
        sql.update("update app_user set password_hash = ?, password_temporary = false where username = ?", passwordHash, username);
    }

    /** A one-time password for the person to change at their first sign-in; they can sign in with it at once. */
    void setTemporaryPassword(String username, String passwordHash) {
        sql.update("""
                update app_user set password_hash = ?, password_temporary = true, enabled = true, failed_sign_ins = 0,
                    locked_until = null where username = ?""", passwordHash, username);
    }

    boolean hasTemporaryPassword(String username) {
        return sql.exists("select 1 from app_user where username = ? and password_temporary", username);
    }

    List<String> findGroups(String username) {
        return sql.list("select group_id from app_user_group where username = ? order by group_id", row -> row.getString(1), username);
    }

    void addGroup(String username, String groupId) {
        sql.update("insert into app_user_group (username, group_id) values (?, ?) on conflict do nothing", username, groupId);
    }

    void removeGroup(String username, String groupId) {
        sql.update("delete from app_user_group where username = ? and group_id = ?", username, groupId);
    }

    Optional<SessionState> sessionState(String username) {
        return sql.optional("select enabled, session_version from app_user where username = ?",
                row -> new SessionState(row.getBoolean(1), row.getLong(2)), username);
    }

    /** Adds one to the person's session version, which ends every cookie issued before. */
    void endSessions(String username) {
        sql.update("update app_user set session_version = session_version + 1 where username = ?", username);
    }

    /** Until when the account is locked, holding its row until the transaction ends. */
    @Nullable
    Instant lockedUntilForUpdate(String username) {
        return sql.one("select locked_until from app_user where username = ? for update", row -> Sql.instant(row, 1), username);
    }

    /** Counts one more failure in one statement; at {@code maxFailures} an account not already locked is locked until {@code lockUntil}. */
    Failures countFailure(String username, int maxFailures, Instant now, Instant lockUntil) {
        return sql.one("""
                update app_user set failed_sign_ins = failed_sign_ins + 1,
                    locked_until = case when failed_sign_ins + 1 >= ? and (locked_until is null or locked_until <= ?) then ?
                                        else locked_until end
                where username = ? returning failed_sign_ins, locked_until""",
                row -> new Failures(row.getInt(1), Sql.instant(row, 2)), maxFailures, now, lockUntil, username);
    }

    void clearFailures(String username) {
        sql.update("update app_user set failed_sign_ins = 0, locked_until = null where username = ?", username);
    }

    private static UserAccount user(ResultSet row) throws SQLException {
        return new UserAccount(row.getString("username"), row.getString("display_name"), row.getString("email"),
                row.getString("password_hash"), row.getBoolean("enabled"), row.getInt("failed_sign_ins"), Sql.instant(row, "locked_until"),
                row.getLong("session_version"), row.getString("oidc_issuer"), row.getString("oidc_subject"), Sql.instant(row, "created_at"));
    }
}
