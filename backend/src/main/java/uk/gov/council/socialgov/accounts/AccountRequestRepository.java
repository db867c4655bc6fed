package uk.gov.council.socialgov.accounts;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Optional;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AccountRequestRepository extends CrudRepository<AccountRequest, UUID> {

    @Query("select nextval('account_request_number')")
    long nextNumber();

    /**
     * The requests list: every request for the communications team ({@code everyone}), their own for
     * anyone else; never one the viewer is excluded from. Newest first.
     */
    @Query(value = "select r.* from account_request r where " + LISTED_FOR + " order by r.submitted_at desc, r.id",
            countQuery = "select count(*) from account_request r where " + LISTED_FOR)
    Page<AccountRequest> findListedFor(String viewer, boolean everyone, Pageable pageable);

    String LISTED_FOR = """
            (:everyone or r.submitted_by = :viewer)
            and not exists (select 1 from case_exclusion x
                            where x.case_type = 'account-request' and x.case_id = r.id::text and x.username = :viewer)""";

    long countByStatus(AccountRequestStatus status);

    Optional<AccountRequest> findBySocialAccountId(UUID socialAccountId);
}
