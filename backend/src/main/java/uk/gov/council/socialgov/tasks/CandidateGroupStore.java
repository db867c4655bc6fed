package uk.gov.council.socialgov.tasks;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.task.IdentityLinkType;
import uk.gov.council.socialgov.database.Sql;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads the engine's own identity-link table: the candidate groups of a page of tasks in one query. */
@Singleton
class CandidateGroupStore {

    private final Sql sql;

    CandidateGroupStore(Sql sql) {
        this.sql = sql;
    }

    /** Each task's candidate groups, by name; tasks offered to no group are left out. */
    Map<String, List<String>> of(Collection<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        sql.list("""
                select task_id_, group_id_ from act_ru_identitylink
                where task_id_ = any(?) and type_ = ? and group_id_ is not null order by group_id_""",
                row -> Map.entry(row.getString(1), row.getString(2)), taskIds, IdentityLinkType.CANDIDATE)
                .forEach(link -> groups.computeIfAbsent(link.getKey(), id -> new ArrayList<>()).add(link.getValue()));
        return groups;
    }
}
