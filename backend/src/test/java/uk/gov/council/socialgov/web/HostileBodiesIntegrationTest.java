package uk.gov.council.socialgov.web;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.testing.People;
import uk.gov.council.testsupport.ApiSession;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property-based fuzzing of every JSON endpoint that takes a body: from the generated OpenAPI
 * document, each body's fields are filled with hostile values drawn from a seeded generator (wrong
 * types, nulls, huge and empty strings, control and direction characters, impossible dates and
 * numbers, nested junk), sent by someone in every group. The server must never answer 500, every
 * refusal must be problem+json, and a refused request must leave every table exactly as it was.
 */
@MicronautTest(transactional = false)
class HostileBodiesIntegrationTest {

    static final long SEED = 20261127L;
    static final int BODIES_PER_ENDPOINT = 25;

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    @Test
    void noHostileBodyMakesTheServerFail() throws Exception {
        ApiSession admin = ApiSession.signedIn(server, json, "chris.lee");
        assertThat(admin.post("/api/admin/users", Map.of("username", "fuzz.everyone", "displayName", "In every group",
                "password", ApiSession.DEMO_PASSWORD, "groups", Groups.ALL)).status()).isEqualTo(201);
        People.approveWaitingGroups(server, json); // the confidential groups wait for a second administrator
        ApiSession everyone = ApiSession.signedIn(server, json, "fuzz.everyone");
        Map<String, Object> openApi = openApi(everyone);
        Random random = new Random(SEED);
        List<String> failures = new ArrayList<>();
        String fingerprintQuery = fingerprintQuery();
        Map<String, String> tables = fingerprint(fingerprintQuery);
        int sent = 0;
        for (var path : paths(openApi).entrySet()) {
            for (String method : List.of("post", "put")) {
                Map<String, Object> operation = map(path.getValue().get(method));
                // Credentials are left to their own tests: a wrong password is counted and audited (a write, on
                // purpose) and five of them would lock the fuzzing account.
                if (operation == null || path.getKey().startsWith("/api/auth/") || path.getKey().endsWith("/logout")
                        || path.getKey().equals("/api/me/password")) {
                    continue;
                }
                List<String> fields = fields(openApi, operation);
                if (fields == null) {
                    continue; // not a JSON body (uploads, CSV): covered by their own tests
                }
                for (int i = 0; i < BODIES_PER_ENDPOINT; i++) {
                    String url = path.getKey().replaceAll("\\{[^}]+}", i % 2 == 0 ? UUID.randomUUID().toString() : "not-an-id");
                    Object body = body(fields, random);
                    ApiSession.Response answer = method.equals("post") ? everyone.post(url, body) : everyone.put(url, body);
                    sent++;
                    Map<String, String> after = fingerprint(fingerprintQuery);
                    if (answer.status() >= 400 && !after.equals(tables)) {
                        failures.add(method.toUpperCase() + " " + url + " " + answer.status() + " changed " + changed(tables, after));
                    }
                    tables = after;
                    if (answer.status() >= 500
                            || (answer.status() >= 400 && !String.valueOf(answer.contentType()).startsWith("application/problem+json"))) {
                        failures.add(method.toUpperCase() + " " + url + " " + answer.status() + " " + json.writeValueAsString(body)
                                .substring(0, Math.min(300, json.writeValueAsString(body).length())));
                    }
                }
            }
        }
        assertThat(sent).as("bodies sent").isGreaterThan(500);
        assertThat(failures).isEmpty();
    }

    /**
     * Every table's row count and a hash of its rows, in one statement. Only the count of
     * notifications: the outbox sender marks them sent in the background.
     */
    private String fingerprintQuery() {
        List<String> tables = transactions.executeRead(status -> jdbc.prepareStatement("""
                select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
                and table_name not in ('flyway_schema_history', 'act_ge_property', 'act_ru_meter_log', 'act_ru_task_meter_log')
                order by table_name""", statement -> {
            List<String> names = new ArrayList<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            return names;
        }));
        return tables.stream().map(table -> "select '" + table + "', count(*) || ':' || "
                        + (table.equals("notification") ? "0" : "coalesce(sum(hashtext(t::text)::bigint), 0)") + " from " + table + " t")
                .collect(java.util.stream.Collectors.joining(" union all "));
    }

    private static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return after.keySet().stream().filter(table -> !after.get(table).equals(before.get(table))).toList();
    }

    private Map<String, String> fingerprint(String query) {
        return transactions.executeRead(status -> jdbc.prepareStatement(query, statement -> {
            Map<String, String> tables = new LinkedHashMap<>();
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    tables.put(rows.getString(1), rows.getString(2));
                }
            }
            return tables;
        }));
    }

    /** One hostile body: most fields present with a hostile value, some missing, sometimes a whole wrong shape. */
    static Object body(List<String> fields, Random random) {
        switch (random.nextInt(12)) {
            case 0:
                return List.of(1, "two", Map.of());
            case 1:
                return "just a string";
            default:
                Map<String, Object> body = new LinkedHashMap<>();
                for (String field : fields) {
                    if (random.nextInt(5) > 0) {
                        body.put(field, hostile(random, 0));
                    }
                }
                if (random.nextBoolean()) {
                    body.put("unexpected" + random.nextInt(100), hostile(random, 0));
                }
                return body;
        }
    }

    static Object hostile(Random random, int depth) {
        return switch (random.nextInt(depth > 1 ? 14 : 16)) {
            case 0 -> "";
            case 1 -> " ";
            case 2 -> "x".repeat(100_000);
            case 3 -> "\u0000\u0007\u202e\u200bname\ud83d\ude00";
            case 4 -> "<script>alert(1)</script>";
            case 5 -> "../../etc/passwd";
            case 6 -> "2026-02-30";
            case 7 -> "9999-12-31T23:59";
            case 8 -> -1;
            case 9 -> Long.MAX_VALUE;
            case 10 -> 1e308;
            case 11 -> random.nextBoolean();
            case 12 -> "approve";
            case 13 -> UUID.randomUUID().toString();
            case 14 -> List.of(hostile(random, depth + 1), hostile(random, depth + 1));
            default -> Map.of("nested", hostile(random, depth + 1));
        };
    }

    private Map<String, Object> openApi(ApiSession session) {
        String text = session.get("/openapi/socialgov-0.1.yml").body();
        return new Yaml().load(text);
    }

    private static Map<String, Map<String, Object>> paths(Map<String, Object> openApi) {
        Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
        map(openApi.get("paths")).forEach((path, item) -> paths.put(path, map(item)));
        return paths;
    }

    /** The body's field names, or null when the operation takes no JSON body. */
    private static List<String> fields(Map<String, Object> openApi, Map<String, Object> operation) {
        Map<String, Object> content = map(map(operation.get("requestBody")) == null ? null : map(operation.get("requestBody")).get("content"));
        Map<String, Object> jsonBody = content == null ? null : map(content.get("application/json"));
        if (jsonBody == null) {
            return content == null ? List.of() : null;
        }
        Map<String, Object> schema = map(jsonBody.get("schema"));
        if (schema != null && schema.get("$ref") != null) {
            String name = schema.get("$ref").toString().replace("#/components/schemas/", "");
            schema = map(map(map(openApi.get("components")).get("schemas")).get(name));
        }
        Map<String, Object> properties = schema == null ? null : map(schema.get("properties"));
        return properties == null ? List.of() : new ArrayList<>(properties.keySet());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return value instanceof Map<?, ?> found ? (Map<String, Object>) found : null;
    }
}
