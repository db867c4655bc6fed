package uk.gov.council.socialgov.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * With no {@code datasources.default.url} configured, starts the embedded PostgreSQL and points the
 * default data source at it before the pool is built. Stops it after the pools it serves are closed.
 */
@Singleton
@Requires(missingProperty = "datasources.default.url")
@Requires(notEnv = Environment.TEST)
class EmbeddedDatabase implements BeanInitializedEventListener<DatasourceConfiguration>,
        BeanCreatedEventListener<DataSource> {

    private final EmbeddedPostgresProperties properties;
    private final List<Closeable> pools = new ArrayList<>();
    private EmbeddedPostgresServer server;

    EmbeddedDatabase(EmbeddedPostgresProperties properties) {
        this.properties = properties;
    }

    @Override
    public synchronized DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        if (server == null) {
            server = EmbeddedPostgresServer.start(properties.dataDirectory(), properties.port());
        }
        DatasourceConfiguration configuration = event.getBean();
        configuration.setUrl(server.jdbcUrl("postgres"));
        configuration.setUsername(server.username());
        configuration.setPassword("");
        return configuration;
    }

    @Override
    public synchronized DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        if (event.getBean() instanceof Closeable pool) {
            pools.add(pool);
        }
        return event.getBean();
    }

    @PreDestroy
    synchronized void stop() throws IOException {
        for (Closeable pool : pools) {
            pool.close(); // a pool left open would keep retrying a stopped server
        }
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
