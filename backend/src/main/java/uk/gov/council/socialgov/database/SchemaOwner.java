package uk.gov.council.socialgov.database;

/**
 * The login that owns the schema and runs the migrations, which the application's own connections
 * never use: the embedded server's superuser (or the test database's).
 */
public interface SchemaOwner {

    String jdbcUrl();

    String username();

    String password();
}
