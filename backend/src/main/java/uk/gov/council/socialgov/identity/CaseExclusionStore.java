package uk.gov.council.socialgov.identity;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Who is kept out of which case, in PostgreSQL. */
@Singleton
class CaseExclusionStore {

    private final Sql sql;

    CaseExclusionStore(Sql sql) {
        this.sql = sql;
    }

    boolean isExcluded(String caseType, String caseId, String username) {
        return sql.exists("select 1 from case_exclusion where case_type = ? and case_id = ? and username = ?", caseType, caseId, username);
    }

    Set<String> excludedFrom(String caseType, String caseId) {
        return new HashSet<>(sql.list("select username from case_exclusion where case_type = ? and case_id = ?",
                row -> row.getString(1), caseType, caseId));
    }

    /** Records the exclusion; excluding someone again only replaces the reason. */
    void exclude(String caseType, String caseId, String username, String reason, String by, Instant at) {
        sql.update("""
                insert into case_exclusion (case_type, case_id, username, reason, excluded_by, excluded_at)
                values (?, ?, ?, ?, ?, ?) on conflict (case_type, case_id, username) do update set reason = excluded.reason""",
                caseType, caseId, username, reason, by, at);
    }

    /** Ids of every case, of any kind, the person is excluded from. */
    List<String> caseIdsExcluding(String username) {
        return sql.list("select case_id from case_exclusion where username = ?", row -> row.getString(1), username);
    }

    /** The kinds of case the person is kept out of at least one of. */
    Set<String> kindsExcluding(String username) {
        return new HashSet<>(sql.list("select distinct case_type from case_exclusion where username = ?", row -> row.getString(1), username));
    }

    Sql.Deleted forget(String caseType, String caseId) {
        return sql.deleteRecorded("case_exclusion", "t.case_type = ? and t.case_id = ?", caseType, caseId);
    }
}
