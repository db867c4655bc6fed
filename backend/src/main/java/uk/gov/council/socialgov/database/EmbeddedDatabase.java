package uk.gov.council.socialgov.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.env.Environment;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.context.event.BeanInitializedEventListener;
import io.micronaut.context.event.BeanInitializingEvent;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.sql.DataSource;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * With no {@code datasources.default.url} configured, starts the embedded PostgreSQL and points the
 * default data source at it, as the application's own role, before the pool is built; the
 * migrations run as the superuser, which owns the schema. Stops it after the pools it serves are
 * closed. Its data folder's parent ({@code ./data}) is where SocialGov keeps its other files.
 */
@Singleton
@Requires(missingProperty = "datasources.default.url")
@Requires(notEnv = Environment.TEST)
class EmbeddedDatabase implements BeanInitializedEventListener<DatasourceConfiguration>,
        BeanCreatedEventListener<DataSource>, DataFolder, SchemaOwner {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final long CLOSING_WAIT_SECONDS = 30;

    private final EmbeddedPostgresProperties properties;
    private final BeanContext context;
    private final List<Closeable> pools = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private EmbeddedPostgresServer server;
    private volatile boolean applicationStarted;

    EmbeddedDatabase(EmbeddedPostgresProperties properties, BeanContext context) {
        this.properties = properties;
        this.context = context;
    }

    private synchronized EmbeddedPostgresServer server() {
        if (server == null) {
            server = EmbeddedPostgresServer.start(properties.dataDirectory(), properties.port(), false);
            Runtime.getRuntime().addShutdownHook(new Thread(this::stopAtExit, "embedded-postgres-stop"));
        }
        return server;
    }

    /**
     * At JVM exit (Ctrl+C, SIGTERM) all shutdown hooks run at once. Let the application close first:
     * its last steps, such as the audit checkpoint at shutdown, still need the database. After a
     * failed start nothing will close it, so the server stops at once.
     */
    private void stopAtExit() {
        try {
            if (applicationStarted && context.isRunning() && !stopped.await(CLOSING_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("The application did not close within {} seconds; stopping the embedded PostgreSQL", CLOSING_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (this) {
            if (server != null) {
                server.close();
                server = null;
            }
        }
    }

    @EventListener
    void onStartup(StartupEvent event) {
        applicationStarted = true;
    }

    @Override
    public DatasourceConfiguration onInitialized(BeanInitializingEvent<DatasourceConfiguration> event) {
        DatasourceConfiguration configuration = event.getBean();
        configuration.setUrl(server().jdbcUrl("postgres"));
        configuration.setUsername(server().appUsername());
        configuration.setPassword(server().appPassword());
        return configuration;
    }

    @Override
    public synchronized DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        if (event.getBean() instanceof Closeable pool) {
            pools.add(pool);
        }
        return event.getBean();
    }

    @Override
    public Path path() {
        return properties.dataDirectory().toAbsolutePath().normalize().getParent();
    }

    @Override
    public String jdbcUrl() {
        return server().jdbcUrl("postgres");
    }

    @Override
    public String username() {
        return server().superuser();
    }

    @Override
    public String password() {
        return server().superuserPassword();
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
        stopped.countDown();
    }
}
