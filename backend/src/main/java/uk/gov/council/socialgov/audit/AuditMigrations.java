package uk.gov.council.socialgov.audit;

import io.micronaut.flyway.FlywayConfigurationCustomizer;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * Gives Flyway the migrations that need the audit key, which a migration found on the classpath
 * could not be given: {@link OlderAuditDetails} (decision 0028). Micronaut uses the customizer named
 * after the data source instead of its default one, which only adds Flyway beans this project has none of.
 */
@Singleton
@Named("default")
class AuditMigrations implements FlywayConfigurationCustomizer {

    private final OlderAuditDetails olderDetails;

    AuditMigrations(OlderAuditDetails olderDetails) {
        this.olderDetails = olderDetails;
    }

    @Override
    public void customizeFluentConfiguration(FluentConfiguration configuration) {
        configuration.javaMigrations(olderDetails);
    }

    @Override
    public String getName() {
        return "default";
    }
}
