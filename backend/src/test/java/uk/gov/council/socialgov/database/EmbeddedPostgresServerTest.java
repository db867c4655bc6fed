package uk.gov.council.socialgov.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;

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
        return DriverManager.getConnection(server.jdbcUrl("postgres"), server.username(), "");
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
