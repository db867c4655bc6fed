package uk.gov.council.socialgov.bench;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The check after a crash: every case row has its process instance, and every process instance of
 * a case process has its case row. Either orphan would mean a domain write and the engine change it
 * caused were committed apart.
 */
public final class Consistency {

    /** Each case process and the table of its cases. */
    private static final Map<String, String> CASE_TABLES = Map.of(
            "account-request", "account_request",
            "access-grant", "access_grant",
            "emergency", "emergency",
            "access-certification", "certification_campaign",
            "breach-investigation", "breach_case",
            "member-harassment-report", "harassment_report");

    private Consistency() {
    }

    /** One line per kind of orphan found; empty when the database is consistent. */
    public static List<String> orphans(Database database) throws SQLException {
        List<String> found = new ArrayList<>();
        for (var entry : CASE_TABLES.entrySet()) {
            String process = entry.getKey();
            String table = entry.getValue();
            long withoutProcess = database.number("select count(*) from " + table + " c where c.process_instance_id is null "
                    + "or not exists (select 1 from act_hi_procinst p where p.id_ = c.process_instance_id)");
            long withoutCase = database.number("select count(*) from act_hi_procinst p where p.proc_def_key_ = '" + process
                    + "' and not exists (select 1 from " + table + " c where c.process_instance_id = p.id_)");
            if (withoutProcess > 0) {
                found.add(withoutProcess + " " + table + " row(s) without their process instance");
            }
            if (withoutCase > 0) {
                found.add(withoutCase + " " + process + " process instance(s) without their " + table + " row");
            }
        }
        return found;
    }
}
