package uk.gov.council.socialgov.tasks;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Out-of-office cover in PostgreSQL. */
@Singleton
class SubstitutionStore {

    private static final String COLUMNS = "id, absent, substitute, from_date, to_date, created_at";

    private final Sql sql;

    SubstitutionStore(Sql sql) {
        this.sql = sql;
    }

    /** Cover for this person that has not ended by that day, soonest first. */
    List<Substitution> coverFor(String absent, LocalDate today) {
        return sql.list("select " + COLUMNS + " from substitution where absent = ? and to_date >= ? order by from_date",
                SubstitutionStore::substitution, absent, today);
    }

    /** Cover this person gives that has not ended by that day, soonest first. */
    List<Substitution> coverBy(String substitute, LocalDate today) {
        return sql.list("select " + COLUMNS + " from substitution where substitute = ? and to_date >= ? order by from_date",
                SubstitutionStore::substitution, substitute, today);
    }

    Optional<Substitution> findById(UUID id) {
        return sql.optional("select " + COLUMNS + " from substitution where id = ?", SubstitutionStore::substitution, id);
    }

    Substitution save(Substitution substitution) {
        sql.update("insert into substitution (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)", substitution.id(), substitution.absent(),
                substitution.substitute(), substitution.fromDate(), substitution.toDate(), substitution.createdAt());
        return substitution;
    }

    void delete(Substitution substitution) {
        sql.update("delete from substitution where id = ?", substitution.id());
    }

    private static Substitution substitution(ResultSet row) throws SQLException {
        return new Substitution(Sql.uuid(row, "id"), row.getString("absent"), row.getString("substitute"), Sql.date(row, "from_date"),
                Sql.date(row, "to_date"), Sql.instant(row, "created_at"));
    }
}
