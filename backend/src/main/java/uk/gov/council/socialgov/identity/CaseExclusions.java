package uk.gov.council.socialgov.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.sql.ResultSet;
import java.sql.Timestamp;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Need-to-know beyond groups: people named as excluded from a case see nothing of it. Every
 * feature that shows case content or its tasks asks here first, inside its own transaction.
 */
@Singleton
public class CaseExclusions {

    private final JdbcOperations jdbc;
    private final Directory directory;

    CaseExclusions(JdbcOperations jdbc, Directory directory) {
        this.jdbc = jdbc;
        this.directory = directory;
    }

    public boolean isExcluded(String caseType, String caseId, String username) {
        return jdbc.prepareStatement("select 1 from case_exclusion where case_type = ? and case_id = ? and username = ?", s -> {
            s.setString(1, caseType);
            s.setString(2, caseId);
            s.setString(3, username);
            try (ResultSet row = s.executeQuery()) {
                return row.next();
            }
        });
    }

    /** Everyone kept out of one case, in one query. */
    public Set<String> excludedFrom(String caseType, String caseId) {
        return jdbc.prepareStatement("select username from case_exclusion where case_type = ? and case_id = ?", s -> {
            s.setString(1, caseType);
            s.setString(2, caseId);
            Set<String> usernames = new HashSet<>();
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    usernames.add(rows.getString(1));
                }
            }
            return usernames;
        });
    }

    public void exclude(String caseType, String caseId, String username, String reason, CurrentUser by) {
        if (!directory.exists(username)) {
            throw new InvalidRequestException("username", "There is no one with the username " + username);
        }
        if (username.equals(by.username())) {
            throw new InvalidRequestException("username", "You cannot exclude yourself; ask a colleague");
        }
        insert(caseType, caseId, username, reason, by.username());
    }

    /**
     * Keeps the people a case is by or about out of its content and task queues from the start, even
     * when they hold the group that works it; the process records who set the exclusion.
     */
    public void excludeInvolved(String caseType, String caseId, String username, String reason, String by) {
        insert(caseType, caseId, username, reason, by);
    }

    private void insert(String caseType, String caseId, String username, String reason, String by) {
        jdbc.prepareStatement("""
                insert into case_exclusion (case_type, case_id, username, reason, excluded_by, excluded_at)
                values (?, ?, ?, ?, ?, ?) on conflict (case_type, case_id, username) do update set reason = excluded.reason""", s -> {
            s.setString(1, caseType);
            s.setString(2, caseId);
            s.setString(3, username);
            s.setString(4, reason);
            s.setString(5, by);
            s.setTimestamp(6, Timestamp.from(EngineClock.now()));
            return s.executeUpdate();
        });
    }

    /** Ids of every case, of any kind, the person is excluded from (case ids are unique UUIDs). */
    public List<String> caseIdsExcluding(String username) {
        return jdbc.prepareStatement("select case_id from case_exclusion where username = ?", s -> {
            s.setString(1, username);
            try (ResultSet rows = s.executeQuery()) {
                List<String> ids = new java.util.ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        });
    }
}
