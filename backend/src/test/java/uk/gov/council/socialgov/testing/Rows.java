package uk.gov.council.socialgov.testing;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** What a test reads straight from the database, in a read transaction of its own: a count, a text, a column. */
public record Rows(TransactionOperations<Connection> transactions, JdbcOperations jdbc) {

    public long count(String sql) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            try (var result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }));
    }

    /** The first column of the first row; null when there is none. */
    public String text(String sql) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            try (var result = statement.executeQuery()) {
                return result.next() ? result.getString(1) : null;
            }
        }));
    }

    /** The first column of every row. */
    public List<String> strings(String sql) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, statement -> {
            List<String> found = new ArrayList<>();
            try (var result = statement.executeQuery()) {
                while (result.next()) {
                    found.add(result.getString(1));
                }
            }
            return found;
        }));
    }
}
