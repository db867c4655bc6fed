package uk.gov.council.socialgov.tasks;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SavedFilterRepository extends CrudRepository<SavedFilter, UUID> {

    @Query("select * from task_filter where owner = :owner or shared_with_group in (:groups) order by name, created_at")
    List<SavedFilter> findVisible(String owner, Collection<String> groups);
}
