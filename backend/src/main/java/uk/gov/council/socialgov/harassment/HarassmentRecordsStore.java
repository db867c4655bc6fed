package uk.gov.council.socialgov.harassment;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.util.List;
import java.util.UUID;

/** Finds the harassment reports that hold something about a person, for a subject access request. Read-only. */
@Singleton
class HarassmentRecordsStore {

    private final Sql sql;

    HarassmentRecordsStore(Sql sql) {
        this.sql = sql;
    }

    /** Reports by or for the person, or whose free text or actions hold one of the names. */
    List<UUID> about(String username, List<String> names) {
        return sql.list("""
                select r.id from harassment_report r
                where r.member = ? or r.reported_by = ?
                   or exists (select 1 from unnest(cast(? as varchar[])) n
                              where strpos(lower(r.offending_accounts || ' ' || r.description || ' ' || r.post_links || ' '
                                                 || coalesce(r.triage_notes, '') || ' ' || coalesce(r.follow_up, '') || ' '
                                                 || coalesce(r.outcome, '')), lower(n)) > 0
                                 or exists (select 1 from harassment_action a where a.report_id = r.id and strpos(lower(a.detail), lower(n)) > 0))
                order by r.reported_at, r.id limit 500""", row -> Sql.uuid(row, 1), username, username, names);
    }
}
