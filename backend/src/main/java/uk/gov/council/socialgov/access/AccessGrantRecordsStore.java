package uk.gov.council.socialgov.access;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.util.List;
import java.util.UUID;

/** Finds the access grants that hold something about a person, for a subject access request. Read-only. */
@Singleton
class AccessGrantRecordsStore {

    private final Sql sql;

    AccessGrantRecordsStore(Sql sql) {
        this.sql = sql;
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
