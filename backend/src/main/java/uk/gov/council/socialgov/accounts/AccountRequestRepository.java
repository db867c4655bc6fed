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

    Page<AccountRequest> findBySubmittedBy(String submittedBy, Pageable pageable);

    Page<AccountRequest> findAll(Pageable pageable);

    long countByStatus(AccountRequestStatus status);

    Optional<AccountRequest> findBySocialAccountId(UUID socialAccountId);
}
