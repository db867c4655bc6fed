package uk.gov.council.socialgov.harassment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.accounts.Platform;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Harassment reports and their actions in PostgreSQL. */
@Singleton
class HarassmentStore {

    record Action(UUID id, HarassmentAction kind, String detail, String doneBy, Instant doneAt) {
    }

    private final JdbcOperations jdbc;

    HarassmentStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    long nextNumber() {
        return jdbc.prepareStatement("select nextval('harassment_report_number')", s -> {
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
    }

    boolean any() {
        return jdbc.prepareStatement("select exists (select 1 from harassment_report)", s -> {
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        });
    }

    void insert(HarassmentReport report) {
        jdbc.prepareStatement("""
                insert into harassment_report (id, reference, member, reported_by, reported_at, platform, offending_accounts, description,
                    post_links, immediate_danger, inform_group_leader, police_told, crime_reference, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.setObject(1, report.id());
            s.setString(2, report.reference());
            s.setString(3, report.member());
            s.setString(4, report.reportedBy());
            s.setTimestamp(5, Timestamp.from(report.reportedAt()));
            s.setString(6, report.platform().name());
            s.setString(7, report.offendingAccounts());
            s.setString(8, report.description());
            s.setString(9, String.join("\n", report.postLinks()));
            s.setBoolean(10, report.immediateDanger());
            s.setBoolean(11, report.informGroupLeader());
            s.setBoolean(12, report.policeTold());
            s.setString(13, report.crimeReference());
            s.setString(14, report.status().name());
            return s.executeUpdate();
        });
    }

    void startedAs(UUID id, String processInstanceId) {
        update(id, "process_instance_id = ?", processInstanceId);
    }

    void setStatus(UUID id, HarassmentStatus status) {
        update(id, "status = ?", status.name());
    }

    void triaged(UUID id, RiskLevel risk, String notes) {
        update(id, "risk_level = ?, triage_notes = ?, status = ?", risk.name(), notes, HarassmentStatus.ACTIONS_UNDER_WAY.name());
    }

    void followedUp(UUID id, String followUp) {
        update(id, "follow_up = ?, status = ?", followUp, HarassmentStatus.FOLLOW_UP.name());
    }

    void closed(UUID id, String outcome, Instant at) {
        jdbc.prepareStatement("update harassment_report set outcome = ?, status = ?, closed_at = ? where id = ?", s -> {
            s.setString(1, outcome);
            s.setString(2, HarassmentStatus.CLOSED.name());
            s.setTimestamp(3, Timestamp.from(at));
            s.setObject(4, id);
            return s.executeUpdate();
        });
    }

    private void update(UUID id, String assignments, Object... values) {
        jdbc.prepareStatement("update harassment_report set " + assignments + " where id = ?", s -> {
            for (int i = 0; i < values.length; i++) {
                s.setObject(i + 1, values[i]);
            }
            s.setObject(values.length + 1, id);
            return s.executeUpdate();
        });
    }

    Optional<HarassmentReport> find(UUID id) {
        return jdbc.prepareStatement("select * from harassment_report where id = ?", s -> {
            s.setObject(1, id);
            return all(s).stream().findFirst();
        });
    }

    /** A councillor's own reports, or every report (for the Monitoring Officer); newest first. */
    /** Reports for the viewer's list: all of them, or only one councillor's; never one the viewer is excluded from. */
    List<HarassmentReport> list(@Nullable String member, String viewer) {
        return jdbc.prepareStatement("""
                select * from harassment_report r where (cast(? as varchar) is null or r.member = ?)
                and not exists (select 1 from case_exclusion x where x.case_type = ? and x.case_id = r.id::text and x.username = ?)
                order by r.reported_at desc limit 500""", s -> {
            s.setString(1, member);
            s.setString(2, member);
            s.setString(3, HarassmentProcess.CASE_KIND);
            s.setString(4, viewer);
            return all(s);
        });
    }

    void addAction(UUID reportId, Action action) {
        jdbc.prepareStatement("insert into harassment_action (id, report_id, kind, detail, done_by, done_at) values (?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, action.id());
            s.setObject(2, reportId);
            s.setString(3, action.kind().name());
            s.setString(4, action.detail());
            s.setString(5, action.doneBy());
            s.setTimestamp(6, Timestamp.from(action.doneAt()));
            return s.executeUpdate();
        });
    }

    List<Action> actions(UUID reportId) {
        return jdbc.prepareStatement("select id, kind, detail, done_by, done_at from harassment_action where report_id = ? order by done_at, id", s -> {
            s.setObject(1, reportId);
            List<Action> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(new Action(row.getObject(1, UUID.class), HarassmentAction.valueOf(row.getString(2)), row.getString(3),
                            row.getString(4), row.getTimestamp(5).toInstant()));
                }
            }
            return found;
        });
    }

    private static List<HarassmentReport> all(PreparedStatement s) throws SQLException {
        List<HarassmentReport> found = new ArrayList<>();
        try (ResultSet row = s.executeQuery()) {
            while (row.next()) {
                String risk = row.getString("risk_level");
                Timestamp closed = row.getTimestamp("closed_at");
                String links = row.getString("post_links");
                found.add(new HarassmentReport(row.getObject("id", UUID.class), row.getString("reference"), row.getString("member"),
                        row.getString("reported_by"), row.getTimestamp("reported_at").toInstant(), Platform.valueOf(row.getString("platform")),
                        row.getString("offending_accounts"), row.getString("description"),
                        links.isEmpty() ? List.of() : Arrays.asList(links.split("\n")), row.getBoolean("immediate_danger"),
                        row.getBoolean("inform_group_leader"), row.getBoolean("police_told"), row.getString("crime_reference"),
                        HarassmentStatus.valueOf(row.getString("status")), risk == null ? null : RiskLevel.valueOf(risk),
                        row.getString("triage_notes"), row.getString("follow_up"), row.getString("outcome"),
                        closed == null ? null : closed.toInstant(), row.getString("process_instance_id")));
            }
        }
        return found;
    }
}
