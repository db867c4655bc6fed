package uk.gov.council.socialgov.access;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccessGrantRepository extends CrudRepository<AccessGrant, UUID> {

    @Query("select nextval('access_grant_number')")
    long nextNumber();

    Page<AccessGrant> findAll(Pageable pageable);

    List<AccessGrant> findByStatus(AccessGrantStatus status);

    /** Grants a person holds, asked for, or endorses as line manager. */
    @Query(value = "select access_grant_.* from access_grant access_grant_ "
            + "where grantee = :username or requested_by = :username or line_manager = :username",
            countQuery = "select count(*) from access_grant where grantee = :username or requested_by = :username or line_manager = :username")
    Page<AccessGrant> findConcerning(String username, Pageable pageable);
}
