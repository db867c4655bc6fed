package uk.gov.council.socialgov.workflow.schema;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Statement;
import java.util.List;

/**
 * Creates the Camunda 7.24 tables by running the PostgreSQL scripts shipped inside the engine jar,
 * so Flyway owns the whole schema (docs/decisions/0002). Identity tables are left out: users and
 * groups live in our own tables.
 */
public class V1__Camunda_7_24_schema extends BaseJavaMigration {

    private static final String SCRIPTS = "org/camunda/bpm/engine/db/create/activiti.postgres.create.";
    private static final List<String> COMPONENTS = List.of(
            "engine", "history", "case.engine", "case.history", "decision.engine", "decision.history");

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            for (String component : COMPONENTS) {
                statement.execute(script(SCRIPTS + component + ".sql"));
            }
        }
    }

    private static String script(String resource) throws IOException {
        try (InputStream in = V1__Camunda_7_24_schema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Camunda schema script not found on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
