package uk.gov.council.socialgov.testing;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * Puts people and departments into the organisation directory for a test, as the HR export would have
 * (the real {@code person} and {@code department} tables): line managers and heads of department come
 * from there, not from the request.
 */
public final class DirectoryPeople {

    private DirectoryPeople() {
    }

    /** A member of staff in the department with this line manager (none when null); an earlier entry of theirs is replaced. */
    public static void put(TransactionOperations<Connection> transactions, JdbcOperations jdbc, String username,
                           @Nullable String department, @Nullable String lineManager) {
        transactions.executeWrite(status -> jdbc.prepareStatement("""
                insert into person (username, display_name, email, kind, employee_number, job_title, department, line_manager, updated_at)
                values (?, ?, ?, 'STAFF', ?, 'Officer', ?, ?, now())
                on conflict (username) do update set department = excluded.department, line_manager = excluded.line_manager,
                    left_at = null, leaving_date = null, updated_at = now()""", statement -> {
            statement.setString(1, username);
            statement.setString(2, nameOf(username));
            statement.setString(3, username + "@council.example");
            statement.setString(4, "T-" + username);
            statement.setString(5, department);
            statement.setString(6, lineManager);
            return statement.executeUpdate();
        }));
    }

    /** A department with this head (none when null), made if it is new. */
    public static void department(TransactionOperations<Connection> transactions, JdbcOperations jdbc, String name, @Nullable String head) {
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "insert into department (name, head) values (?, ?) on conflict (name) do update set head = excluded.head", statement -> {
                    statement.setString(1, name);
                    statement.setString(2, head);
                    return statement.executeUpdate();
                }));
    }

    private static String nameOf(String username) {
        return Arrays.stream(username.split("\\.")).map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining(" "));
    }
}
