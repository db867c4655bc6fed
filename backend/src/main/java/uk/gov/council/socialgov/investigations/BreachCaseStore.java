package uk.gov.council.socialgov.investigations;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Page;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Breach cases and their notes in PostgreSQL. Each step has its own update, which changes only the columns it records. */
@Singleton
class BreachCaseStore {

    record Note(UUID id, String kind, String text, String writtenBy, Instant writtenAt) {
    }

    /** Cases of the given kinds, or that the person investigates, leaving out any they are excluded from. */
    private static final String READABLE_BY = """
            from breach_case c where (c.subject_kind = any(?) or c.investigator = ?)
            and not exists (select 1 from case_exclusion x where x.case_type = ? and x.case_id = c.id::text and x.username = ?)""";

    private final Sql sql;

    BreachCaseStore(Sql sql) {
        this.sql = sql;
    }

    boolean any() {
        return sql.exists("select 1 from breach_case limit 1");
    }

    long nextNumber() {
        return sql.number("select nextval('breach_case_number')");
    }

    void insert(BreachCase found) {
        BreachCase.Reported reported = found.reported();
        sql.update("""
                insert into breach_case (id, reference, subject_kind, subject, line_manager, clauses, description, post_links,
                                         reported_by, reported_at, status)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                found.id(), found.reference(), reported.subjectKind(), reported.subject(), reported.lineManager(),
                String.join(",", reported.clauses()), reported.description(), String.join("\n", reported.postLinks()), reported.reportedBy(),
                reported.reportedAt(), found.status());
    }

    void startedAs(UUID id, String processInstanceId) {
        sql.update("update breach_case set process_instance_id = ? where id = ?", processInstanceId, id);
    }

    /** Which way a triage or initial assessment sent the case, and why. */
    void routed(UUID id, String route, @Nullable String reason) {
        sql.update("update breach_case set route = ?, route_reason = ? where id = ?", route, reason, id);
    }

    void resolvingInformally(UUID id) {
        sql.update("update breach_case set status = ? where id = ?", BreachStatus.INFORMAL_RESOLUTION, id);
    }

    void appointed(UUID id, String investigator, LocalDate due) {
        sql.update("update breach_case set investigator = ?, investigation_due = ?, status = ? where id = ?",
                investigator, due, BreachStatus.UNDER_INVESTIGATION, id);
    }

    void investigated(UUID id, @Nullable String findings) {
        sql.update("update breach_case set findings = ?, status = ? where id = ?", findings, BreachStatus.AWAITING_DECISION, id);
    }

    void independentPersonView(UUID id, @Nullable String view) {
        sql.update("update breach_case set independent_person_view = ? where id = ?", view, id);
    }

    void awaitingHearing(UUID id, @Nullable String reasons) {
        sql.update("update breach_case set status = ?, outcome_detail = ? where id = ?", BreachStatus.AWAITING_HEARING, reasons, id);
    }

    void hearing(UUID id, LocalDate date, String decision, @Nullable String sanction) {
        sql.update("update breach_case set hearing_date = ?, hearing_decision = ?, sanction = ? where id = ?", date, decision, sanction, id);
    }

    void outcome(UUID id, BreachOutcome outcome, @Nullable String detail, @Nullable String crimeReference) {
        sql.update("update breach_case set outcome = ?, outcome_detail = ?, crime_reference = ? where id = ?",
                outcome, detail, crimeReference, id);
    }

    void disciplinaryReference(UUID id, @Nullable String reference) {
        sql.update("update breach_case set disciplinary_reference = ? where id = ?", reference, id);
    }

    void closed(UUID id, Instant at) {
        sql.update("update breach_case set status = ?, closed_at = ? where id = ?", BreachStatus.CLOSED, at, id);
    }

    Optional<BreachCase> find(UUID id) {
        return sql.optional("select * from breach_case where id = ?", BreachCaseStore::breachCase, id);
    }

    List<BreachCase> reportedBy(String username) {
        return sql.list("select * from breach_case where reported_by = ? order by reported_at desc limit 200", BreachCaseStore::breachCase,
                username);
    }

    /**
     * Cases of the given kinds, or that the person investigates, newest first, leaving out any they
     * are excluded from (which includes those they reported or are about).
     */
    Page<BreachCase> readableBy(String username, List<SubjectKind> kinds, int page, int size) {
        long total = sql.number("select count(*) " + READABLE_BY, kinds, username, BreachInvestigationProcess.CASE_KIND, username);
        List<BreachCase> items = sql.list("select c.* " + READABLE_BY + " order by c.reported_at desc, c.id limit ? offset ?",
                BreachCaseStore::breachCase, kinds, username, BreachInvestigationProcess.CASE_KIND, username, size, (long) page * size);
        return new Page<>(items, total);
    }

    void addNote(UUID caseId, Note note) {
        sql.update("insert into breach_case_note (id, case_id, kind, note, written_by, written_at) values (?, ?, ?, ?, ?, ?)",
                note.id(), caseId, note.kind(), note.text(), note.writtenBy(), note.writtenAt());
    }

    List<Note> notes(UUID caseId) {
        return sql.list("select id, kind, note, written_by, written_at from breach_case_note where case_id = ? order by written_at, id",
                row -> new Note(Sql.uuid(row, 1), row.getString(2), row.getString(3), row.getString(4), Sql.instant(row, 5)), caseId);
    }

    private static BreachCase breachCase(ResultSet row) throws SQLException {
        String outcome = row.getString("outcome");
        String postLinks = row.getString("post_links");
        return new BreachCase(Sql.uuid(row, "id"), row.getString("reference"),
                new BreachCase.Reported(SubjectKind.valueOf(row.getString("subject_kind")), row.getString("subject"),
                        row.getString("line_manager"), Arrays.asList(row.getString("clauses").split(",")), row.getString("description"),
                        postLinks.isEmpty() ? List.of() : Arrays.asList(postLinks.split("\n")), row.getString("reported_by"),
                        Sql.instant(row, "reported_at")),
                BreachStatus.valueOf(row.getString("status")),
                new BreachCase.Routing(row.getString("route"), row.getString("route_reason"), row.getString("investigator"),
                        Sql.date(row, "investigation_due")),
                new BreachCase.Hearing(row.getString("findings"), row.getString("independent_person_view"), Sql.date(row, "hearing_date"),
                        row.getString("hearing_decision"), row.getString("sanction")),
                new BreachCase.Closure(outcome == null ? null : BreachOutcome.valueOf(outcome), row.getString("outcome_detail"),
                        row.getString("disciplinary_reference"), row.getString("crime_reference"), Sql.instant(row, "closed_at")),
                row.getString("process_instance_id"));
    }

    /** At the end of retention: the case, its notes and interviews go; what went is hashed for the tombstone. */
    List<Sql.Deleted> destroy(UUID id) {
        return List.of(sql.deleteRecorded("breach_case_note", "t.case_id = ?", id),
                sql.deleteRecorded("breach_case", "t.id = ?", id));
    }

    /** Cases about the person, that they reported or investigate, or whose free text, notes or interviews hold one of the names. */
    List<UUID> about(String username, List<String> names) {
        return sql.list("""
                select c.id from breach_case c
                where c.subject = ? or c.reported_by = ? or c.investigator = ? or c.line_manager = ?
                   or exists (select 1 from unnest(cast(? as varchar[])) n
                              where strpos(lower(c.description || ' ' || c.post_links || ' ' || coalesce(c.route_reason, '') || ' '
                                                 || coalesce(c.findings, '') || ' ' || coalesce(c.independent_person_view, '') || ' '
                                                 || coalesce(c.hearing_decision, '') || ' ' || coalesce(c.sanction, '') || ' '
                                                 || coalesce(c.outcome_detail, '')), lower(n)) > 0
                                 or exists (select 1 from breach_case_note o where o.case_id = c.id and strpos(lower(o.note), lower(n)) > 0))
                order by c.reported_at, c.id limit 500""", row -> Sql.uuid(row, 1), username, username, username, username, names);
    }
}
