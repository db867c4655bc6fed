package uk.gov.council.socialgov.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Tests use the same real embedded PostgreSQL as the application: one server per test JVM, and a
 * new empty database for every application context, so no test class sees another's data. As in
 * production, the application connects as its own role and the migrations run as the superuser;
 * each context has its own data folder for the audit key and checkpoints.
 */
@Singleton
@Replaces(EmbeddedDatabase.class)
@Requires(env = Environment.TEST)
@Requires(missingProperty = "datasources.default.url")
public class TestDatabase implements BeanInitializedEventListener<DatasourceConfiguration>, DataFolder, SchemaOwner {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgresServer server;

    private final String existing;
    private String database;
    private Path folder;

    /** {@code socialgov.test.database} names an existing database to use instead of a new one. */
    TestDatabase(@Value("${socialgov.test.database:}") String existing) {
        this.existing = existing;
    }

    /** A new empty database on the shared server, as the superuser; answers its name. */
    public static String createDatabase() {
        String name = "test_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(server().jdbcUrl("postgres"), server().superuser(), server().superuserPassword())) {
            connection.createStatement().execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + name, e);
        }
        return name;
    }

    /** This context's own folder beside the database, as ./data is beside ./data/postgres. */
    @Override
    public Path path() {
        return folder();
    }

    public synchronized Path folder() {
        if (folder == null) {
            try {
                folder = Files.createTempDirectory("socialgov-test-data");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return folder;
    }

    /** The JVM's shared server, started on first use on a free port in a temporary folder. */
    public static synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            try {
                Path directory = Files.createTempDirectory("socialgov-test-pg").resolve("data");
                server = EmbeddedPostgresServer.start(directory, freePort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        database = existing.isEmpty() ? createDatabase() : existing;
        DatasourceConfiguration configuration = event.getBean();
        configuration.setUrl(server().jdbcUrl(database));
        configuration.setUsername(server().appUsername());
        configuration.setPassword(server().appPassword());
        return configuration;
    }

    @Override
    public String jdbcUrl() {
        return server().jdbcUrl(database);
    }

    @Override
    public String username() {
        return server().superuser();
    }

    @Override
    public String password() {
        return server().superuserPassword();
    }

    /** This context's database as the server's superuser: what someone with full rights on the database can do. */
    public Connection connectAsSuperuser() throws SQLException {
        return DriverManager.getConnection(server().jdbcUrl(database), server().superuser(), server().superuserPassword());
    }

    /** Runs statements on this context's database as the superuser, outside the application's transactions. */
    public void executeAsSuperuser(String statements) {
        try (Connection connection = connectAsSuperuser()) {
            connection.createStatement().execute(statements);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
