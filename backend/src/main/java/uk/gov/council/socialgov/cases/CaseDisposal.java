package uk.gov.council.socialgov.cases;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import uk.gov.council.socialgov.database.Sql;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.notifications.Outbox;
import uk.gov.council.socialgov.web.IdempotentStarts;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The disposal of a whole case at the end of its retention (decision 0027): the feature's own rows, the
 * documents and their bytes, who was kept out of it, the emails about it, the kept answers of the request
 * that started it, and the engine's history of every process that ran it (with their task comments). Says
 * what went, one line each with a hash, for the tombstone. Evidence and the schedule's own entry are the
 * retention feature's; the audit trail keeps only identifiers and categories, so it stays whole.
 */
@Singleton
public class CaseDisposal {

    private final Map<String, CaseRecords> kinds;
    private final HistoryService history;
    private final CaseDocumentStore documents;
    private final CaseExclusions exclusions;
    private final Outbox outbox;
    private final IdempotentStarts starts;

    CaseDisposal(List<CaseRecords> kinds, HistoryService history, CaseDocumentStore documents, CaseExclusions exclusions, Outbox outbox,
                 IdempotentStarts starts) {
        this.kinds = kinds.stream().collect(Collectors.toMap(CaseRecords::name, Function.identity()));
        this.history = history;
        this.documents = documents;
        this.exclusions = exclusions;
        this.outbox = outbox;
        this.starts = starts;
    }

    /**
     * What went: the rows of each table with their hash, and how many of the engine's processes. {@code documents} is
     * the case's documents, counted as files on the tombstone.
     */
    public record Disposed(List<Sql.Deleted> deleted, Sql.Deleted documents, int processes) {

        /** Every row destroyed, documents included. */
        public long records() {
            return deleted.stream().mapToLong(Sql.Deleted::rows).sum() + documents.rows();
        }

        /** One line per table, and one for the engine's history, for the tombstone. */
        public String manifest() {
            return Stream.concat(Stream.concat(deleted.stream(), Stream.of(documents)).map(Sql.Deleted::toString),
                    Stream.of("engine history: " + processes + " processes, with their tasks, variables, comments and decisions"))
                    .collect(Collectors.joining("\n"));
        }
    }

    /** Disposes of the case; {@code disposingProcess} is the retention process doing it, whose history ends later by itself. */
    public Disposed dispose(String caseType, String caseId, String reference, String disposingProcess) {
        List<String> processes = history.createHistoricVariableInstanceQuery()
                .variableValueEquals(CaseVariables.CASE_ID, caseId).list().stream()
                .map(HistoricVariableInstance::getProcessInstanceId)
                .filter(id -> id != null && !id.equals(disposingProcess)).distinct().toList();
        List<String> taskIds = history.createHistoricTaskInstanceQuery().processVariableValueEquals(CaseVariables.CASE_ID, caseId)
                .list().stream().map(HistoricTaskInstance::getId).toList();
        List<Sql.Deleted> deleted = new ArrayList<>();
        deleted.add(outbox.forget(caseId, reference, taskIds));
        // The engine's own deletion of a process's history leaves the decisions evaluated in it (their inputs can be case text).
        processes.forEach(process -> history.createHistoricDecisionInstanceQuery().processInstanceId(process).list()
                .forEach(decision -> history.deleteHistoricDecisionInstanceByInstanceId(decision.getId())));
        if (!processes.isEmpty()) {
            history.deleteHistoricProcessInstancesIfExists(processes);
        }
        CaseRecords kind = kinds.get(caseType);
        if (kind != null) {
            deleted.addAll(kind.destroyRecords(caseId));
        }
        deleted.add(exclusions.forget(caseType, caseId));
        deleted.add(starts.forget(caseId));
        return new Disposed(deleted, documents.destroy(caseType, caseId), processes.size());
    }
}
