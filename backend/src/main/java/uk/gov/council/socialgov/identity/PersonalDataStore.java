package uk.gov.council.socialgov.identity;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The organisation directory as a subject access request reads it: leavers included, since they may ask too. Read-only. */
@Singleton
class PersonalDataStore {

    record Entry(String username, String displayName, String email, String kind, String employeeNumber, String jobTitle,
                 String department, String lineManager, LocalDate leavingDate) {
    }

    record Name(String username, String displayName) {
    }

    private final Sql sql;

    PersonalDataStore(Sql sql) {
        this.sql = sql;
    }

    Optional<Entry> entry(String username) {
        return sql.optional("select username, display_name, email, kind, employee_number, job_title, department, line_manager, leaving_date "
                + "from person where username = ?", row -> new Entry(row.getString(1), row.getString(2), row.getString(3),
                row.getString(4), row.getString(5), row.getString(6), row.getString(7), row.getString(8), Sql.date(row, 9)), username);
    }

    /** Everyone the directory has ever held, by their name there. */
    List<Name> names() {
        return sql.list("select username, display_name from person order by username", row -> new Name(row.getString(1), row.getString(2)));
    }
}
