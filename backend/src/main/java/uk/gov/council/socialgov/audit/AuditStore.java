package uk.gov.council.socialgov.audit;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit trail in PostgreSQL: appending chained rows and moving the chain's head, filtered pages
 * for auditors (never rows of a case the auditor is excluded from), a case's history, and batches in
 * chain order for the verifier.
 */
@Singleton
class AuditStore {

    /** What an auditor asked for; {@code viewer} is who asks, so the cases they are excluded from are left out. */
    record Filter(String viewer, @Nullable String person, @Nullable String caseReference, @Nullable Instant from, @Nullable Instant to) {
    }

    /** The chain's last row and hash, and the first row hashed with the key (older rows have plain SHA-256). */
    record Head(long lastId, String lastHash, long keyedFromId) {
    }

    /**
     * The auditors' filters (parameters from {@link #matching}); a null leaves its filter out. Case ids
     * are unique across kinds, so the first line also hides rows a case's retention or evidence wrote
     * under its id.
     */
    private static final String MATCHING = """
             where (case_id is null or not exists (select 1 from case_exclusion x where x.username = ? and x.case_id = audit_event.case_id))
              and (cast(? as varchar) is null or actor = ? or on_behalf_of = ?)
              and (cast(? as varchar) is null or case_reference = ?)
              and (cast(? as timestamptz) is null or occurred_at >= ?)
              and (cast(? as timestamptz) is null or occurred_at < ?)
            """;

    private static final String ENTRY = "select occurred_at, actor, on_behalf_of, action, detail from audit_event ";

    private final Sql sql;

    AuditStore(Sql sql) {
        this.sql = sql;
    }

    List<AuditRecord> find(Filter filter, int offset, int limit) {
        Object[] matching = matching(filter);
        Object[] parameters = Arrays.copyOf(matching, matching.length + 2);
        parameters[matching.length] = offset;
        parameters[matching.length + 1] = limit;
        return sql.list("select * from audit_event" + MATCHING + "order by id desc offset ? limit ?", AuditStore::record, parameters);
    }

    long count(Filter filter) {
        return sql.number("select count(*) from audit_event" + MATCHING, matching(filter));
    }

    List<AuditRecord> batchAfter(long id, int size) {
        return sql.list("select * from audit_event where id > ? order by id limit ?", AuditStore::record, id, size);
    }

    /** The detail seals of rows {@code fromId} to {@code toId} that have one (decision 0028), by row id. */
    Map<Long, String> seals(long fromId, long toId) {
        return sql.list("select id, detail_seal from audit_event where id between ? and ? and detail_seal is not null",
                row -> Map.entry(row.getLong(1), row.getString(2)), fromId, toId).stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Head head() {
        return sql.one("select last_id, last_hash, keyed_from_id from audit_head where id = 1",
                row -> new Head(row.getLong(1), row.getString(2), row.getLong(3)));
    }

    /** The chain's last hash, with its head row locked until the transaction ends. */
    String lockHead() {
        return sql.one("select last_hash from audit_head where id = 1 for update", row -> row.getString(1));
    }

    /** The next {@code count} row ids, in order. */
    List<Long> nextIds(int count) {
        return sql.list("select nextval('audit_event_id_seq') from generate_series(1, ?)", row -> row.getLong(1), count);
    }

    /** Inserts rows already chained, in one round trip. */
    void insert(List<AuditRecord> chained) {
        sql.batch("""
                insert into audit_event (id, occurred_at, actor, on_behalf_of, action, case_type, case_id, case_reference,
                                         detail, source_address, previous_hash, row_hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", chained.stream().map(e -> new Object[] {e.id(), e.occurredAt(),
                e.actor(), e.onBehalfOf(), e.action(), e.caseType(), e.caseId(), e.caseReference(), e.detail(), e.sourceAddress(),
                e.previousHash(), e.rowHash()}).toList());
    }

    void moveHead(long lastId, String lastHash) {
        sql.update("update audit_head set last_id = ?, last_hash = ? where id = 1", lastId, lastHash);
    }

    /** A case's history, oldest first, without the reads (views and list appearances). */
    List<CaseHistory.Entry> caseHistory(String caseType, String caseId, int limit) {
        return sql.list(ENTRY + """
                where case_type = ? and case_id = ? and action not like '%\\_VIEWED' and action not like '%\\_LISTED'
                order by id limit ?""", AuditStore::entry, caseType, caseId, limit);
    }

    /** The task events of one step of a case: those whose detail names the step. */
    List<CaseHistory.Entry> stepHistory(String caseType, String caseId, String stepName, int limit) {
        return sql.list(ENTRY + """
                where case_type = ? and case_id = ? and action like 'TASK\\_%' and action not like '%\\_VIEWED'
                  and (detail = ? or left(detail, length(?) + 2) = ? || ': ') order by id limit ?""",
                AuditStore::entry, caseType, caseId, stepName, stepName, stepName, limit);
    }

    /** What was done with a case's evidence, and every view of the case. */
    List<CaseHistory.Entry> evidenceHistory(String caseType, String caseId, int limit) {
        return sql.list(ENTRY + """
                where case_type = ? and case_id = ? and (action like 'EVIDENCE_%' or action = 'CASE_VIEWED') order by id limit ?""",
                AuditStore::entry, caseType, caseId, limit);
    }

    /** The parameters for {@link #MATCHING}: the viewer, then each filter once to test for null and again to compare. */
    private static Object[] matching(Filter filter) {
        return new Object[] {filter.viewer(), filter.person(), filter.person(), filter.person(), filter.caseReference(),
                filter.caseReference(), filter.from(), filter.from(), filter.to(), filter.to()};
    }

    private static AuditRecord record(ResultSet row) throws SQLException {
        return new AuditRecord(row.getLong("id"), Sql.instant(row, "occurred_at"), row.getString("actor"), row.getString("on_behalf_of"),
                row.getString("action"), row.getString("case_type"), row.getString("case_id"), row.getString("case_reference"),
                row.getString("detail"), row.getString("source_address"), row.getString("previous_hash"), row.getString("row_hash"));
    }

    private static CaseHistory.Entry entry(ResultSet row) throws SQLException {
        return new CaseHistory.Entry(Sql.instant(row, 1), row.getString(2), row.getString(3), row.getString(4), row.getString(5));
    }
}
