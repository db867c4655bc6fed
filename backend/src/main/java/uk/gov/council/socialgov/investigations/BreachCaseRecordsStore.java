package uk.gov.council.socialgov.investigations;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.util.List;
import java.util.UUID;

/** Finds the breach cases that hold something about a person, for a subject access request. Read-only. */
@Singleton
class BreachCaseRecordsStore {

    private final Sql sql;

    BreachCaseRecordsStore(Sql sql) {
        this.sql = sql;
    }

    /** Cases about the person, that they reported or investigate, or whose free text, notes or interviews hold one of the names. */
    List<UUID> about(String username, List<String> names) {
        return sql.list("""
                select c.id from breach_case c
                where c.subject = ? or c.reported_by = ? or c.investigator = ? or c.line_manager = ?
                   or exists (select 1 from unnest(cast(? as varchar[])) n
                              where strpos(lower(c.description || ' ' || c.post_links || ' ' || coalesce(c.route_reason, '') || ' '
                                                 || coalesce(c.findings, '') || ' ' || coalesce(c.independent_person_view, '') || ' '
                                                 || coalesce(c.hearing_decision, '') || ' ' || coalesce(c.sanction, '') || ' '
                                                 || coalesce(c.outcome_detail, '')), lower(n)) > 0
                                 or exists (select 1 from breach_case_note o where o.case_id = c.id and strpos(lower(o.note), lower(n)) > 0))
                order by c.reported_at, c.id limit 500""", row -> Sql.uuid(row, 1), username, username, username, username, names);
    }
}
