package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The organisation directory's people and departments in PostgreSQL. */
@Singleton
class DirectoryStore {

    private static final String COLUMNS = "username, display_name, email, kind, employee_number, job_title, department, "
            + "line_manager, leaving_date";

    private final Sql sql;

    DirectoryStore(Sql sql) {
        this.sql = sql;
    }

    /** Everyone in the directory who has not left yet, by username. */
    Map<String, DirectoryEntry> present() {
        return sql.list("select " + COLUMNS + " from person where left_at is null", DirectoryStore::entry).stream()
                .collect(Collectors.toMap(DirectoryEntry::username, entry -> entry));
    }

    /** The usernames of those present whom the HR export put in the directory. */
    Set<String> fromExport() {
        return Set.copyOf(sql.list("select username from person where left_at is null and from_export", row -> row.getString(1)));
    }

    /** The usernames of everyone who has left. */
    Set<String> left() {
        return Set.copyOf(sql.list("select username from person where left_at is not null", row -> row.getString(1)));
    }

    Optional<DirectoryEntry> find(String username) {
        return sql.optional("select " + COLUMNS + " from person where username = ? and left_at is null", DirectoryStore::entry, username);
    }

    /** Someone the directory holds by their email, and whether they have left. */
    record Holder(String username, boolean left) {
    }

    Optional<Holder> findAnyByEmail(String email) {
        return sql.optional("select username, left_at is not null from person where lower(email) = lower(?)",
                row -> new Holder(row.getString(1), row.getBoolean(2)), email);
    }

    /** Department and job title as the council's sign-in says; the department must be one the directory knows. */
    void takeFromSignIn(String username, String department, String jobTitle, Instant at) {
        sql.update("update person set department = ?, job_title = ?, updated_at = ? where username = ?", department, jobTitle, at, username);
    }

    /** The names of these people, whether or not they have left, by username. */
    Map<String, String> displayNames(Set<String> usernames) {
        return sql.list("select username, display_name from person where username = any (?)",
                        row -> Map.entry(row.getString(1), row.getString(2)), usernames).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The names of the departments the directory knows. */
    Set<String> departments() {
        return Set.copyOf(sql.list("select name from department", row -> row.getString(1)));
    }

    /** The department's head, if it has one who has not left. */
    Optional<String> headOf(String department) {
        return sql.optional("select d.head from department d join person p on p.username = d.head and p.left_at is null "
                + "where d.name = ?", row -> row.getString(1), department);
    }

    void saveDepartment(String name) {
        sql.update("insert into department (name) values (?) on conflict (name) do nothing", name);
    }

    void setHead(String department, @Nullable String head) {
        sql.update("update department set head = ? where name = ?", head, department);
    }

    /** Adds or updates the person; {@code fromExport} when the HR export says so. */
    void save(DirectoryEntry entry, boolean fromExport, Instant at) {
        sql.update("insert into person (" + COLUMNS + ", from_export, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (username) do update set display_name = excluded.display_name, email = excluded.email, "
                        + "kind = excluded.kind, employee_number = excluded.employee_number, job_title = excluded.job_title, "
                        + "department = excluded.department, line_manager = excluded.line_manager, "
                        + "leaving_date = excluded.leaving_date, left_at = null, "
                        + "from_export = person.from_export or excluded.from_export, updated_at = excluded.updated_at",
                entry.username(), entry.displayName(), entry.email(), entry.kind().name(), entry.employeeNumber(), entry.jobTitle(),
                entry.department(), entry.lineManager(), entry.leavingDate(), fromExport, at);
    }

    void setLeavingDate(String username, LocalDate leavingDate, Instant at) {
        sql.update("update person set leaving_date = ?, updated_at = ? where username = ?", leavingDate, at, username);
    }

    /** Marks the person as gone; false when they had already left. */
    boolean markLeft(String username, Instant at) {
        return sql.update("update person set left_at = ?, updated_at = ? where username = ? and left_at is null", at, at, username) == 1;
    }

    private static DirectoryEntry entry(ResultSet row) throws SQLException {
        return new DirectoryEntry(row.getString("username"), row.getString("display_name"), row.getString("email"),
                DirectoryEntry.Kind.valueOf(row.getString("kind")), row.getString("employee_number"), row.getString("job_title"),
                row.getString("department"), row.getString("line_manager"), Sql.date(row, "leaving_date"));
    }
}
