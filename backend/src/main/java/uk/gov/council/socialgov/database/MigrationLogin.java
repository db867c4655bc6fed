package uk.gov.council.socialgov.database;

import io.micronaut.configuration.jdbc.hikari.DatasourceConfiguration;
import io.micronaut.context.BeanContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.util.StringUtils;
import io.micronaut.flyway.FlywayConfigurationProperties;
import io.micronaut.inject.qualifiers.Qualifiers;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs the migrations as the schema's owner, never as the application's own role: the embedded
 * server's superuser, or with an external database the login in {@code flyway.datasources.default.user}
 * and {@code .password} (the data source's URL is used unless Flyway is given its own). Hands the
 * application's role name to {@code afterMigrate.sql}, which grants it what it needs and no more.
 * Ordered first, because Micronaut's runner migrates as soon as this configuration is created.
 */
@Singleton
class MigrationLogin implements BeanCreatedEventListener<FlywayConfigurationProperties>, Ordered {

    static final String APP_ROLE_PLACEHOLDER = "app_role";
    private static final Logger LOG = LoggerFactory.getLogger(MigrationLogin.class);
    private static final Pattern ROLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_$.@-]{0,62}");

    private final BeanContext beans;
    private final BeanProvider<SchemaOwner> owner;

    MigrationLogin(BeanContext beans, BeanProvider<SchemaOwner> owner) {
        this.beans = beans;
        this.owner = owner;
    }

    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public FlywayConfigurationProperties onCreated(BeanCreatedEvent<FlywayConfigurationProperties> event) {
        FlywayConfigurationProperties flyway = event.getBean();
        DatasourceConfiguration datasource = beans.getBean(DatasourceConfiguration.class, Qualifiers.byName(flyway.getNameQualifier()));
        if (owner.isPresent()) {
            SchemaOwner schemaOwner = owner.get();
            flyway.setUrl(schemaOwner.jdbcUrl());
            flyway.setUser(schemaOwner.username());
            flyway.setPassword(schemaOwner.password());
        } else if (StringUtils.hasText(flyway.getUser()) && !StringUtils.hasText(flyway.getUrl())) {
            flyway.setUrl(datasource.getUrl());
        }
        String appRole = datasource.getUsername();
        if (appRole == null || !ROLE.matcher(appRole).matches()) {
            throw new StartupProblem("The database username '" + appRole + "' is not a plain role name: use letters, "
                    + "digits and underscores (DATASOURCES_DEFAULT_USERNAME).");
        }
        if (!flyway.hasAlternativeDatabaseConfiguration() || appRole.equals(flyway.getUser())) {
            LOG.warn("The migrations run as the application's own login, {}: if it owns the tables, it could switch off the "
                    + "audit trail's protection. Give the migrations a login of their own (FLYWAY_DATASOURCES_DEFAULT_USER and "
                    + "FLYWAY_DATASOURCES_DEFAULT_PASSWORD); see docs/security.md.", appRole);
        }
        Map<String, String> placeholders = new HashMap<>(flyway.getFluentConfiguration().getPlaceholders());
        placeholders.put(APP_ROLE_PLACEHOLDER, appRole);
        flyway.getFluentConfiguration().placeholders(placeholders);
        return flyway;
    }
}
