package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Requests for a confidential group, waiting for a second administrator, in PostgreSQL. */
@Singleton
class GroupGrantStore {

    private static final String SELECT = """
            select r.id, r.username, u.display_name, r.group_id, r.requested_by, r.requested_at, r.decided_by, r.decided_at,
                   r.outcome, r.reason
            from group_grant_request r join app_user u on u.username = r.username""";

    private final Sql sql;

    GroupGrantStore(Sql sql) {
        this.sql = sql;
    }

    /** Records the request unless one for that person and group is already waiting; answers whether it did. */
    boolean request(String username, String group, String by, Instant at) {
        return sql.update("""
                insert into group_grant_request (id, username, group_id, requested_by, requested_at) values (?, ?, ?, ?, ?)
                on conflict (username, group_id) where outcome is null do nothing""", UUID.randomUUID(), username, group, by, at) == 1;
    }

    /** The groups waiting for a second administrator's approval for this person. */
    List<String> waitingFor(String username) {
        return sql.list("select group_id from group_grant_request where username = ? and outcome is null order by group_id",
                row -> row.getString(1), username);
    }

    /** Requests that are waiting, oldest first. */
    List<GroupGrants.GrantView> waiting() {
        return sql.list(SELECT + " where r.outcome is null order by r.requested_at limit 200", GroupGrantStore::view);
    }

    /** The latest requests with this outcome, newest decision first. */
    List<GroupGrants.GrantView> decided(String outcome) {
        return sql.list(SELECT + " where r.outcome = ? order by r.decided_at desc limit 200", GroupGrantStore::view, outcome);
    }

    Optional<GroupGrants.GrantView> find(UUID id) {
        return sql.optional(SELECT + " where r.id = ?", GroupGrantStore::view, id);
    }

    /** Decides a request still waiting; answers false if it was already decided. */
    boolean decide(UUID id, String outcome, String by, Instant at, @Nullable String reason) {
        return sql.update("""
                update group_grant_request set outcome = ?, decided_by = ?, decided_at = ?, reason = ?
                where id = ? and outcome is null""", outcome, by, at, reason, id) == 1;
    }

    private static GroupGrants.GrantView view(ResultSet row) throws SQLException {
        return new GroupGrants.GrantView(Sql.uuid(row, 1), row.getString(2), row.getString(3), row.getString(4),
                row.getString(5), Sql.instant(row, 6), row.getString(7), Sql.instant(row, 8), row.getString(9), row.getString(10));
    }
}
