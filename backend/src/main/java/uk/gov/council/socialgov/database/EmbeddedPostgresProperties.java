package uk.gov.council.socialgov.database;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.nio.file.Path;

/** Where the embedded PostgreSQL keeps its data and on which loopback port it listens. */
@ConfigurationProperties("socialgov.embedded-postgres")
public record EmbeddedPostgresProperties(
        @Bindable(defaultValue = "data/postgres") Path dataDirectory,
        @Bindable(defaultValue = "5433") int port) {
}
