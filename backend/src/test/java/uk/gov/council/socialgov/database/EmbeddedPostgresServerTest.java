package uk.gov.council.socialgov.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The embedded default keeps data across restarts, commits durably and refuses a second user clearly. */
class EmbeddedPostgresServerTest {

    @TempDir
    Path folder;

    @Test
    void dataSurvivesARestartAndCommitsAreDurable() throws Exception {
        Path data = folder.resolve("postgres");
        int port = freePort();
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, port)) {
            try (Connection connection = connect(server)) {
                assertThat(setting(connection, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(connection, "fsync")).isEqualTo("on");
                assertThat(setting(connection, "listen_addresses")).isEqualTo("127.0.0.1");
                connection.createStatement().execute("create table kept (note text)");
                connection.createStatement().execute("insert into kept values ('still here')");
            }
        }
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, port);
             Connection connection = connect(server);
             ResultSet rows = connection.createStatement().executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("still here");
        }
    }

    @Test
    void connectionsNeedThePasswordKeptOwnerOnlyBesideTheData() throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, freePort())) {
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", ""))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", "council-demo-2026"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password authentication failed");
            try (Connection connection = connect(server)) {
                assertThat(setting(connection, "password_encryption")).isEqualTo("scram-sha-256");
            }
            assertThat(Files.readAllLines(data.resolve("pg_hba.conf")))
                    .filteredOn(line -> !line.isBlank() && !line.startsWith("#"))
                    .isNotEmpty()
                    .allSatisfy(line -> assertThat(line).endsWith("scram-sha-256"));
            Path secrets = folder.resolve("secrets");
            assertThat(Files.getPosixFilePermissions(secrets)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
            for (String name : List.of("postgres-superuser.password", "postgres-app.password")) {
                assertThat(Files.getPosixFilePermissions(secrets.resolve(name))).as(name)
                        .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            }
            assertThat(Files.readString(secrets.resolve("postgres-superuser.password")).strip()).isEqualTo(server.superuserPassword());
        }
    }

    @Test
    void theApplicationsRoleSignsInWithItsOwnPasswordAndHasNoPowersOverTheServer() throws Exception {
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(folder.resolve("postgres"), freePort());
             Connection connection = DriverManager.getConnection(server.jdbcUrl("postgres"), server.appUsername(), server.appPassword());
             ResultSet role = connection.createStatement().executeQuery(
                     "select rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls from pg_roles where rolname = current_user")) {
            assertThat(server.appUsername()).isEqualTo("socialgov_app");
            assertThat(server.appPassword()).isNotEqualTo(server.superuserPassword());
            assertThat(role.next()).isTrue();
            for (int column = 1; column <= 5; column++) {
                assertThat(role.getBoolean(column)).as(role.getMetaData().getColumnName(column)).isFalse();
            }
        }
    }

    @Test
    void aDataFolderAnOlderVersionCreatedWithoutPasswordsIsLockedOnItsFirstStartAndKeepsItsData() throws Exception {
        Path data = folder.resolve("postgres");
        int port = freePort();
        // Older versions let initdb trust every local connection and set no password.
        try (EmbeddedPostgres older = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
                .setPort(port).setLocaleConfig("locale", "C.UTF-8").start();
             Connection connection = DriverManager.getConnection(older.getJdbcUrl("postgres", "postgres"), "postgres", "")) {
            connection.createStatement().execute("create table kept (note text)");
            connection.createStatement().execute("insert into kept values ('still here')");
        }
        for (int start = 1; start <= 2; start++) {
            try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, port)) {
                assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", ""))
                        .as("start %d", start).isInstanceOf(SQLException.class).hasMessageContaining("password");
                try (Connection connection = connect(server);
                     ResultSet rows = connection.createStatement().executeQuery("select note from kept")) {
                    assertThat(rows.next()).isTrue();
                    assertThat(rows.getString(1)).isEqualTo("still here");
                }
                try (Connection app = DriverManager.getConnection(server.jdbcUrl("postgres"), server.appUsername(), server.appPassword())) {
                    assertThat(app.isValid(5)).isTrue();
                }
            }
        }
    }

    @Test
    void aLostPasswordFileIsNamedAndTrustingOnceSetsNewPasswords() throws Exception {
        Path data = folder.resolve("postgres");
        int port = freePort();
        try (EmbeddedPostgresServer ignored = EmbeddedPostgresServer.start(data, port)) {
            // started once, so the folder asks for passwords
        }
        Files.delete(folder.resolve("secrets/postgres-superuser.password"));
        assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, port))
                .isInstanceOf(EmbeddedPostgresException.class)
                .hasMessageContaining("asks for a password, but " + folder.resolve("secrets/postgres-superuser.password") + " is missing");

        Path hba = data.resolve("pg_hba.conf");
        Files.writeString(hba, Files.readString(hba).replace("scram-sha-256", "trust"));
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(data, port);
             Connection connection = connect(server)) {
            assertThat(connection.isValid(5)).isTrue();
            assertThat(Files.readString(hba)).doesNotContain("trust");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl("postgres"), "postgres", ""))
                    .isInstanceOf(SQLException.class).hasMessageContaining("password");
        }
    }

    @Test
    void aSecondStartOnTheSameFolderIsRefusedWithAClearMessage() throws Exception {
        Path data = folder.resolve("postgres");
        try (EmbeddedPostgresServer ignored = EmbeddedPostgresServer.start(data, freePort())) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(data, freePort()))
                    .isInstanceOf(EmbeddedPostgresException.class)
                    .hasMessageContaining("Another SocialGov is already running on the data folder");
        }
    }

    @Test
    void aPortInUseIsNamedInTheMessage() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            assertThatThrownBy(() -> EmbeddedPostgresServer.start(folder.resolve("postgres"), busy.getLocalPort()))
                    .isInstanceOf(EmbeddedPostgresException.class)
                    .hasMessageContaining("Port " + busy.getLocalPort() + " on 127.0.0.1 is already in use");
        }
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("postgres"), server.superuser(), server.superuserPassword());
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery("show " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
