package uk.gov.council.socialgov.harassment;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Harassment reports and their actions in PostgreSQL. Each step changes only the columns it records. */
@Singleton
class HarassmentStore {

    record Action(UUID id, HarassmentAction kind, String detail, String doneBy, Instant doneAt) {
    }

    private final Sql sql;

    HarassmentStore(Sql sql) {
        this.sql = sql;
    }

    long nextNumber() {
        return sql.number("select nextval('harassment_report_number')");
    }

    boolean any() {
        return sql.exists("select 1 from harassment_report limit 1");
    }

    void insert(HarassmentReport report) {
        sql.update("""
                insert into harassment_report (id, reference, member, reported_by, reported_at, platform, offending_accounts, description,
                    post_links, immediate_danger, inform_group_leader, police_told, crime_reference, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                report.id(), report.reference(), report.member(), report.reportedBy(), report.reportedAt(), report.platform(),
                report.offendingAccounts(), report.description(), String.join("\n", report.postLinks()), report.immediateDanger(),
                report.informGroupLeader(), report.policeTold(), report.crimeReference(), report.status());
    }

    void startedAs(UUID id, String processInstanceId) {
        sql.update("update harassment_report set process_instance_id = ? where id = ?", processInstanceId, id);
    }

    void setStatus(UUID id, HarassmentStatus status) {
        sql.update("update harassment_report set status = ? where id = ?", status, id);
    }

    void triaged(UUID id, RiskLevel risk, String notes) {
        sql.update("update harassment_report set risk_level = ?, triage_notes = ?, status = ? where id = ?",
                risk, notes, HarassmentStatus.ACTIONS_UNDER_WAY, id);
    }

    void followedUp(UUID id, String followUp) {
        sql.update("update harassment_report set follow_up = ?, status = ? where id = ?", followUp, HarassmentStatus.FOLLOW_UP, id);
    }

    void closed(UUID id, String outcome, Instant at) {
        sql.update("update harassment_report set outcome = ?, status = ?, closed_at = ? where id = ?", outcome, HarassmentStatus.CLOSED, at, id);
    }

    Optional<HarassmentReport> find(UUID id) {
        return sql.optional("select * from harassment_report where id = ?", HarassmentStore::report, id);
    }

    /** Reports for the viewer's list: all of them, or only one councillor's; never one the viewer is excluded from. */
    List<HarassmentReport> list(@Nullable String member, String viewer) {
        return sql.list("""
                select * from harassment_report r where (cast(? as varchar) is null or r.member = ?)
                and not exists (select 1 from case_exclusion x where x.case_type = ? and x.case_id = r.id::text and x.username = ?)
                order by r.reported_at desc limit 500""", HarassmentStore::report, member, member, HarassmentProcess.CASE_KIND, viewer);
    }

    void addAction(UUID reportId, Action action) {
        sql.update("insert into harassment_action (id, report_id, kind, detail, done_by, done_at) values (?, ?, ?, ?, ?, ?)",
                action.id(), reportId, action.kind(), action.detail(), action.doneBy(), action.doneAt());
    }

    List<Action> actions(UUID reportId) {
        return sql.list("select id, kind, detail, done_by, done_at from harassment_action where report_id = ? order by done_at, id",
                row -> new Action(Sql.uuid(row, 1), HarassmentAction.valueOf(row.getString(2)), row.getString(3), row.getString(4),
                        Sql.instant(row, 5)), reportId);
    }

    private static HarassmentReport report(ResultSet row) throws SQLException {
        String risk = row.getString("risk_level");
        String links = row.getString("post_links");
        return new HarassmentReport(Sql.uuid(row, "id"), row.getString("reference"), row.getString("member"),
                row.getString("reported_by"), Sql.instant(row, "reported_at"), Platform.valueOf(row.getString("platform")),
                row.getString("offending_accounts"), row.getString("description"),
                links.isEmpty() ? List.of() : Arrays.asList(links.split("\n")), row.getBoolean("immediate_danger"),
                row.getBoolean("inform_group_leader"), row.getBoolean("police_told"), row.getString("crime_reference"),
                HarassmentStatus.valueOf(row.getString("status")), risk == null ? null : RiskLevel.valueOf(risk),
                row.getString("triage_notes"), row.getString("follow_up"), row.getString("outcome"),
                Sql.instant(row, "closed_at"), row.getString("process_instance_id"));
    }

    /** At the end of retention: the report and the actions taken on it go; what went is hashed for the tombstone. */
    List<Sql.Deleted> destroy(UUID id) {
        return List.of(sql.deleteRecorded("harassment_action", "t.report_id = ?", id),
                sql.deleteRecorded("harassment_report", "t.id = ?", id));
    }

    /** Reports by or for the person, or whose free text or actions hold one of the names. */
    List<UUID> about(String username, List<String> names) {
        return sql.list("""
                select r.id from harassment_report r
                where r.member = ? or r.reported_by = ?
                   or exists (select 1 from unnest(cast(? as varchar[])) n
                              where strpos(lower(r.offending_accounts || ' ' || r.description || ' ' || r.post_links || ' '
                                                 || coalesce(r.triage_notes, '') || ' ' || coalesce(r.follow_up, '') || ' '
                                                 || coalesce(r.outcome, '')), lower(n)) > 0
                                 or exists (select 1 from harassment_action a where a.report_id = r.id and strpos(lower(a.detail), lower(n)) > 0))
                order by r.reported_at, r.id limit 500""", row -> Sql.uuid(row, 1), username, username, names);
    }
}
