package uk.gov.council.socialgov.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Loads the benchmark's data volume by copying process instances the application itself created
 * (through its API and its demo data), row for row with new ids: every engine table the instance
 * touches, runtime and history, and its case row. Driving 200,000 processes through the engine one
 * by one would take hours on two cores; a copy has the same shape, indexes and plans.
 */
final class VolumeLoader {

    /** Columns holding the id of something that belongs to one process instance; copies get new ones. */
    private static final Set<String> INSTANCE_IDS = Set.of("id_", "proc_inst_id_", "root_proc_inst_id_", "execution_id_",
            "parent_id_", "super_exec_", "task_id_", "parent_task_id_", "act_inst_id_", "parent_act_inst_id_",
            "call_proc_inst_id_", "bytearray_id_", "var_inst_id_", "var_scope_", "job_id_", "exception_stack_id_",
            "job_exception_stack_id_", "error_details_id_", "dec_inst_id_", "root_dec_inst_id_", "process_instance_id_",
            "super_process_instance_id_", "last_failure_log_id_", "business_key_");

    /** Engine tables in foreign-key order, with how to find a template instance's rows. */
    private static final List<String[]> ENGINE_TABLES = List.of(
            new String[] {"act_ge_bytearray", "t.root_proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_ru_execution", "t.proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_ru_task", "t.proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_ru_identitylink", "t.task_id_ in (select id_ from act_ru_task where proc_inst_id_ in (select id from bench_template))"},
            new String[] {"act_ru_variable", "t.proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_ru_event_subscr", "t.proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_ru_job", "t.process_instance_id_ in (select id from bench_template) and t.handler_type_ like 'timer%'"},
            new String[] {"act_hi_procinst", "t.root_proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_hi_actinst", "t.root_proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_hi_taskinst", "t.root_proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_hi_varinst", "t.root_proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_hi_detail", "t.root_proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_hi_identitylink", "t.root_proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_hi_op_log", "t.root_proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_hi_job_log", "t.root_proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_hi_comment", "t.root_proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_hi_decinst", "t.root_proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_hi_dec_in", "t.root_proc_inst_id_ in (select id from bench_template)"},
            new String[] {"act_hi_dec_out", "t.root_proc_inst_id_ in (select id from bench_template)"});

    /** Case tables keyed by their process instance; copies get a new id and reference. */
    private static final List<String> CASE_TABLES = List.of("account_request", "access_grant", "breach_case", "harassment_report");

    /** Processes whose open instances are copied: those a department or officer starts every day. */
    private static final String OPEN_TEMPLATES = "('account-request', 'access-grant', 'breach-investigation', "
            + "'member-harassment-report', 'account-inactivity-review')";

    private final Database database;
    /** Copies made so far in this run: each copy's suffix is new, across loads and restarts. */
    private long copied;

    VolumeLoader(Database database) {
        this.database = database;
    }

    long openTasks() throws SQLException {
        return count("select count(*) from act_ru_task");
    }

    long finishedInstances() throws SQLException {
        return count("select count(*) from act_hi_procinst where end_time_ is not null");
    }

    /** Copies the open instances of everyday processes until at least {@code target} tasks are open. */
    void growOpenTasksTo(long target) throws SQLException {
        String templates = "select e.id_ from act_ru_execution e where e.parent_id_ is null and e.proc_def_key_ in " + OPEN_TEMPLATES
                + " and e.id_ not like '%-%-%-%-%-%' and exists (select 1 from act_ru_task k where k.proc_inst_id_ = e.id_)";
        long perCopy = count("select count(*) from act_ru_task where proc_inst_id_ in (" + templates + ")");
        copy(templates, (target - openTasks() + perCopy - 1) / perCopy, "o");
    }

    /** Copies the finished instances until at least {@code target} are in the history. */
    void growFinishedTo(long target) throws SQLException {
        String templates = "select id_ from act_hi_procinst where end_time_ is not null and id_ not like '%-%-%-%-%-%'";
        long perCopy = count("select count(*) from (" + templates + ") t");
        copy(templates, (target - finishedInstances() + perCopy - 1) / perCopy, "f");
    }

    private void copy(String templateQuery, long copies, String kind) throws SQLException {
        if (copies <= 0) {
            return;
        }
        try (Connection connection = database.connect(); Statement sql = connection.createStatement()) {
            connection.setAutoCommit(false);
            sql.execute("create temporary table if not exists bench_template (id varchar(64) primary key)");
            sql.execute("truncate bench_template");
            sql.execute("insert into bench_template " + templateQuery);
            sql.execute("create temporary table if not exists bench_copy (suffix varchar(16) primary key)");
            long chunk = 500;
            for (long from = 0; from < copies; from += chunk) {
                long size = Math.min(chunk, copies - from);
                sql.execute("truncate bench_copy");
                // case references have 20 characters: AR-2026-0001 plus at most -f99999
                sql.execute("insert into bench_copy select '-" + kind + "' || n from generate_series("
                        + (copied + 1) + ", " + (copied + size) + ") n");
                copied += size;
                for (String[] table : ENGINE_TABLES) {
                    sql.execute(copyStatement(connection, table[0], table[1]));
                }
                for (String table : CASE_TABLES) {
                    sql.execute(caseCopyStatement(connection, table));
                }
                connection.commit();
            }
        }
    }

    private static String copyStatement(Connection connection, String table, String templateRows) throws SQLException {
        List<String> columns = columns(connection, table);
        String values = columns.stream().map(column -> {
            if (INSTANCE_IDS.contains(column)) {
                // ids end in a UUID (an activity instance's starts with the step's name): keep that end unique
                return "right(t." + column + ", 64 - length(c.suffix)) || c.suffix";
            }
            if (column.equals("text_") && columns.contains("name_")) {
                // the case a process serves: its copy serves the copied case row
                return "case t.name_ when 'caseId' then md5(t.text_ || c.suffix)::uuid::text "
                        + "when 'caseReference' then t.text_ || c.suffix else t.text_ end";
            }
            if (column.equals("duedate_")) {
                return "greatest(t.duedate_, now() + interval '30 days')"; // copies' timers must not all fire now
            }
            if (column.equals("lock_owner_") || column.equals("lock_exp_time_")) {
                return "null";
            }
            return "t." + column;
        }).collect(Collectors.joining(", "));
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + values
                + " from " + table + " t cross join bench_copy c where " + templateRows;
    }

    private static String caseCopyStatement(Connection connection, String table) throws SQLException {
        List<String> columns = columns(connection, table);
        String values = columns.stream().map(column -> switch (column) {
            case "id" -> "md5(t.id::text || c.suffix)::uuid";
            case "reference", "process_instance_id" -> "t." + column + " || c.suffix";
            default -> "t." + column;
        }).collect(Collectors.joining(", "));
        return "insert into " + table + " (" + String.join(", ", columns) + ") select " + values
                + " from " + table + " t cross join bench_copy c where t.process_instance_id in (select id from bench_template)";
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (ResultSet rows = connection.getMetaData().getColumns(null, "public", table, null)) {
            while (rows.next()) {
                columns.add(rows.getString("COLUMN_NAME"));
            }
        }
        return columns;
    }

    private long count(String query) throws SQLException {
        return database.number(query);
    }
}
