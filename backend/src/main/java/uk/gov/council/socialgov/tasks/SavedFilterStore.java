package uk.gov.council.socialgov.tasks;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Saved task-list filters in PostgreSQL; the criteria are kept as JSON. */
@Singleton
class SavedFilterStore {

    private static final String COLUMNS = "id, owner, name, criteria, shared_with_group, created_at";

    private final Sql sql;
    private final JsonMapper json;

    SavedFilterStore(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    /** A person's own filters and those shared with any of their groups, by name. */
    List<SavedFilter> findVisible(String owner, Collection<String> groups) {
        return sql.list("select " + COLUMNS + " from task_filter where owner = ? or shared_with_group = any(?) order by name, created_at",
                this::filter, owner, groups);
    }

    Optional<SavedFilter> findById(UUID id) {
        return sql.optional("select " + COLUMNS + " from task_filter where id = ?", this::filter, id);
    }

    SavedFilter save(SavedFilter filter) {
        sql.update("insert into task_filter (" + COLUMNS + ") values (?, ?, ?, cast(? as jsonb), ?, ?)",
                filter.id(), filter.owner(), filter.name(), criteria(filter.criteria()), filter.sharedWithGroup(), filter.createdAt());
        return filter;
    }

    void delete(SavedFilter filter) {
        sql.update("delete from task_filter where id = ?", filter.id());
    }

    private SavedFilter filter(ResultSet row) throws SQLException {
        return new SavedFilter(Sql.uuid(row, "id"), row.getString("owner"), row.getString("name"), criteria(row.getString("criteria")),
                row.getString("shared_with_group"), Sql.instant(row, "created_at"));
    }

    private String criteria(Map<String, String> criteria) {
        try {
            return json.writeValueAsString(criteria);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Map<String, String> criteria(String text) {
        try {
            return json.readValue(text, Argument.mapOf(String.class, String.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
