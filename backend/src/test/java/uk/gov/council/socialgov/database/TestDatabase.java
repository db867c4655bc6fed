package uk.gov.council.socialgov.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Replaces;
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
 * new empty database for every application context, so no test class sees another's data.
 */
@Singleton
@Replaces(EmbeddedDatabase.class)
@Requires(env = Environment.TEST)
@Requires(missingProperty = "datasources.default.url")
public class TestDatabase implements BeanInitializedEventListener<DatasourceConfiguration> {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static EmbeddedPostgresServer server;

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
        String database = "test_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(server().jdbcUrl("postgres"), server().username(), "")) {
            connection.createStatement().execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create test database " + database, e);
        }
        DatasourceConfiguration configuration = event.getBean();
        configuration.setUrl(server().jdbcUrl(database));
        configuration.setUsername(server().username());
        configuration.setPassword("");
        return configuration;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
