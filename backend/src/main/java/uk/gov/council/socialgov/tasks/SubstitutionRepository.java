package uk.gov.council.socialgov.tasks;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface SubstitutionRepository extends CrudRepository<Substitution, UUID> {

    List<Substitution> findByAbsentAndToDateGreaterThanEqualsOrderByFromDate(String absent, LocalDate today);

    List<Substitution> findBySubstituteAndToDateGreaterThanEqualsOrderByFromDate(String substitute, LocalDate today);
}
