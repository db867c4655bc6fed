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

    List<AccessGrant> findByStatus(AccessGrantStatus status);

    /** Grants a person holds, asked for, or endorses as line manager. */
    /**
     * The grants list: every grant for the communications team ({@code everyone}); for anyone else the
     * grants they have, asked for or endorse; never one the viewer is excluded from. Newest first.
     */
    @Query(value = "select access_grant_.* from access_grant access_grant_ where " + LISTED_FOR
            + " order by access_grant_.requested_at desc, access_grant_.id",
            countQuery = "select count(*) from access_grant access_grant_ where " + LISTED_FOR)
    Page<AccessGrant> findListedFor(String viewer, boolean everyone, Pageable pageable);

    String LISTED_FOR = """
            (:everyone or access_grant_.grantee = :viewer or access_grant_.requested_by = :viewer or access_grant_.line_manager = :viewer)
            and not exists (select 1 from case_exclusion x
                            where x.case_type = 'access-grant' and x.case_id = access_grant_.id::text and x.username = :viewer)""";
}
