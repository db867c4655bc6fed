package uk.gov.council.socialgov.database;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.naming.NameResolver;
import io.micronaut.flyway.DataSourceMigrationRunner;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.inject.qualifiers.Qualifiers;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.util.Optional;

/**
 * Micronaut's runner migrates again through every new data source, even when Flyway has its own
 * login and has already migrated with it; that second run would be as the application's role.
 * With a login of its own, the migrations run once, as the owner, when their configuration is made.
 */
@Singleton
@Replaces(DataSourceMigrationRunner.class)
class OwnerMigrationRunner extends DataSourceMigrationRunner {

    private final ApplicationContext context;

    @SuppressWarnings("rawtypes")
    OwnerMigrationRunner(ApplicationContext context, ApplicationEventPublisher publisher, @Nullable DataSourceResolver resolver) {
        super(context, publisher, resolver);
        this.context = context;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        if (event.getBeanDefinition() instanceof NameResolver resolver) {
            // Looking the configuration up creates it, which runs the owner's migrations (AlternativeMigrationRunner).
            Optional<FlywayConfigurationProperties> flyway = resolver.resolveName()
                    .flatMap(name -> context.findBean(FlywayConfigurationProperties.class, Qualifiers.byName(name)));
            if (flyway.isPresent() && flyway.get().hasAlternativeDatabaseConfiguration()) {
                return event.getBean();
            }
        }
        return super.onCreated(event);
    }
}
