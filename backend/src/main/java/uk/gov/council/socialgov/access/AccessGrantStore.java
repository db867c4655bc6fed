package uk.gov.council.socialgov.access;

import io.micronaut.data.exceptions.OptimisticLockException;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Page;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Access grants in PostgreSQL. An update writes the whole grant and fails if someone else changed it since it was read. */
@Singleton
class AccessGrantStore {

    private static final String COLUMNS = "id, reference, grantee, requested_by, line_manager, purpose, intended_use, requested_end_date, "
            + "agreed_end_date, specific_terms, status, decision_reason, decided_by, requested_at, activated_at, ended_at, ended_by, "
            + "end_reason, process_instance_id, version";

    /**
     * The grants list: every grant for the communications team (the first parameter); for anyone
     * else the grants they have, asked for or endorse; never one the viewer is excluded from.
     */
    private static final String LISTED_FOR = """
            from access_grant g
            where (? or g.grantee = ? or g.requested_by = ? or g.line_manager = ?)
            and not exists (select 1 from case_exclusion x
                            where x.case_type = 'access-grant' and x.case_id = g.id::text and x.username = ?)""";

    private final Sql sql;

    AccessGrantStore(Sql sql) {
        this.sql = sql;
    }

    long nextNumber() {
        return sql.number("select nextval('access_grant_number')");
    }

    long count() {
        return sql.number("select count(*) from access_grant");
    }

    Optional<AccessGrant> findById(UUID id) {
        return sql.optional("select " + COLUMNS + " from access_grant where id = ?", AccessGrantStore::grant, id);
    }

    List<AccessGrant> findByStatus(AccessGrantStatus status) {
        return sql.list("select " + COLUMNS + " from access_grant where status = ?", AccessGrantStore::grant, status);
    }

    /** One page of the grants list, newest first. */
    Page<AccessGrant> listedFor(String viewer, boolean everyone, int page, int size) {
        long total = sql.number("select count(*) " + LISTED_FOR, everyone, viewer, viewer, viewer, viewer);
        List<AccessGrant> items = sql.list("select g.* " + LISTED_FOR + " order by g.requested_at desc, g.id limit ? offset ?",
                AccessGrantStore::grant, everyone, viewer, viewer, viewer, viewer, size, (long) page * size);
        return new Page<>(items, total);
    }

    /** Inserts a new grant at version 0. */
    AccessGrant save(AccessGrant grant) {
        grant.setVersion(0L);
        sql.update("insert into access_grant (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                grant.getId(), grant.getReference(), grant.getGrantee(), grant.getRequestedBy(), grant.getLineManager(), grant.getPurpose(),
                grant.getIntendedUse(), grant.getRequestedEndDate(), grant.getAgreedEndDate(), grant.getSpecificTerms(), grant.getStatus(),
                grant.getDecisionReason(), grant.getDecidedBy(), grant.getRequestedAt(), grant.getActivatedAt(), grant.getEndedAt(),
                grant.getEndedBy(), grant.getEndReason(), grant.getProcessInstanceId(), grant.getVersion());
        return grant;
    }

    /** Writes the grant back if its row is still at the version it was read at, and moves the version on. */
    AccessGrant update(AccessGrant grant) {
        long read = grant.getVersion();
        int updated = sql.update("""
                update access_grant set reference = ?, grantee = ?, requested_by = ?, line_manager = ?, purpose = ?, intended_use = ?,
                    requested_end_date = ?, agreed_end_date = ?, specific_terms = ?, status = ?, decision_reason = ?, decided_by = ?,
                    requested_at = ?, activated_at = ?, ended_at = ?, ended_by = ?, end_reason = ?, process_instance_id = ?, version = ?
                where id = ? and version = ?""",
                grant.getReference(), grant.getGrantee(), grant.getRequestedBy(), grant.getLineManager(), grant.getPurpose(),
                grant.getIntendedUse(), grant.getRequestedEndDate(), grant.getAgreedEndDate(), grant.getSpecificTerms(), grant.getStatus(),
                grant.getDecisionReason(), grant.getDecidedBy(), grant.getRequestedAt(), grant.getActivatedAt(), grant.getEndedAt(),
                grant.getEndedBy(), grant.getEndReason(), grant.getProcessInstanceId(), read + 1, grant.getId(), read);
        if (updated != 1) {
            throw new OptimisticLockException("Execute update returned unexpected row count. Expected: 1 got: " + updated);
        }
        grant.setVersion(read + 1);
        return grant;
    }

    private static AccessGrant grant(ResultSet row) throws SQLException {
        return new AccessGrant(Sql.uuid(row, "id"), row.getString("reference"), row.getString("grantee"), row.getString("requested_by"),
                row.getString("line_manager"), row.getString("purpose"), row.getString("intended_use"), Sql.date(row, "requested_end_date"),
                Sql.date(row, "agreed_end_date"), row.getString("specific_terms"), AccessGrantStatus.valueOf(row.getString("status")),
                row.getString("decision_reason"), row.getString("decided_by"), Sql.instant(row, "requested_at"),
                Sql.instant(row, "activated_at"), Sql.instant(row, "ended_at"), row.getString("ended_by"), row.getString("end_reason"),
                row.getString("process_instance_id"), row.getLong("version"));
    }

    /** At the end of retention: the grant, its accounts and its signed statements go; what went is hashed for the tombstone. */
    List<Sql.Deleted> destroy(UUID id) {
        return List.of(sql.deleteRecorded("access_grant_signature", "t.grant_id = ?", id),
                sql.deleteRecorded("access_grant_account", "t.grant_id = ?", id),
                sql.deleteRecorded("access_grant", "t.id = ?", id));
    }

    /** Grants the person has, asked for, endorsed or signed, or whose free text holds one of the names. */
    List<UUID> about(String username, List<String> names) {
        return sql.list("""
                select g.id from access_grant g
                where g.grantee = ? or g.requested_by = ? or g.line_manager = ?
                   or exists (select 1 from access_grant_signature s where s.grant_id = g.id and s.signed_by = ?)
                   or exists (select 1 from unnest(cast(? as varchar[])) n
                              where strpos(lower(g.purpose || ' ' || g.intended_use || ' ' || coalesce(g.specific_terms, '') || ' '
                                                 || coalesce(g.decision_reason, '') || ' ' || coalesce(g.end_reason, '')), lower(n)) > 0)
                order by g.requested_at, g.id limit 500""", row -> Sql.uuid(row, 1), username, username, username, username, names);
    }
}
