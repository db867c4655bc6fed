package uk.gov.council.socialgov.retention;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.cases.CaseAccess;
import uk.gov.council.socialgov.cases.CaseRetention;
import uk.gov.council.socialgov.cases.ClosedCase;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The retention of a closed case's evidence: its schedule entry and process, legal holds, and the
 * views the Information Manager works from, which name no one and show no case content.
 */
@Singleton
public class Retention implements CaseRetention {


    /** {@code authorisationTaskId}: the open "Authorise the disposal" task, once the period has ended and nothing holds the case. */
    @Serdeable
    public record Entry(String caseType, String caseId, String reference, String caseKind, LocalDate closedOn, String retentionRule,
                        LocalDate disposeOn, @Nullable String outcome, RetentionStatus status, String statusLabel, int holdCount,
                        List<Hold> holds, @Nullable String authorisationTaskId) {
    }

    @Serdeable
    public record Hold(UUID id, String caseType, String caseId, String reason, String placedBy, @Nullable String placedByName,
                       Instant placedAt, @Nullable Instant releasedAt, @Nullable String releasedBy, @Nullable String releasedByName,
                       @Nullable String releaseReason) {
    }

    /** What remains of a disposed case: its reference, kind, dates and outcome, and what was destroyed with its hashes. */
    @Serdeable
    record Tombstone(Entry retention, Disposal disposal) {
    }

    /** What a case's own page shows of its retention: the schedule entry once closed, its holds, and whether this person may place one. */
    @Serdeable
    public record OnCase(@Nullable Entry retention, List<Hold> holds, boolean mayPlaceHold) {
    }

    @Serdeable
    record Disposal(UUID id, String caseType, String caseId, String reference, String authorisedBy, @Nullable String authorisedByName,
                    Instant disposedAt, int itemCount, int fileCount, String manifest) {
    }

    private final RetentionStore store;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final CaseAccess cases;
    private final Directory directory;
    private final AuditTrail audit;
    private final DecisionService decisions;
    private final TaskService tasks;

    Retention(RetentionStore store, RuntimeService runtime, IdentityService identity, CaseAccess cases, Directory directory,
              AuditTrail audit, DecisionService decisions, TaskService tasks) {
        this.store = store;
        this.runtime = runtime;
        this.identity = identity;
        this.cases = cases;
        this.directory = directory;
        this.audit = audit;
        this.decisions = decisions;
        this.tasks = tasks;
    }

    /** The process variable the closing process's retention table ({@code processes/retention.dmn}) writes its answer to. */
    private static final String DECIDED = "retention";

    /**
     * Puts the case on the schedule for as long as the closing process's retention table decided
     * ({@link #DECIDED}: {@code retentionYears} and {@code retentionRule}), with the involved people the
     * process carries; see {@link #start}.
     */
    public Entry startAsDecided(DelegateExecution closing, String caseType, String caseId, String reference, String caseKind,
                                String outcome) {
        @SuppressWarnings("unchecked")
        Map<String, Object> decided = (Map<String, Object>) closing.getVariable(DECIDED);
        return start(caseType, caseId, reference, caseKind, outcome, ((Number) decided.get("retentionYears")).intValue(),
                (String) decided.get("retentionRule"), (String) closing.getVariable(CaseVariables.INVOLVED));
    }

    /** The schedule's decision for a case closed outside a BPMN step (account requests and access grants end in several ways). */
    @Override
    public void closed(ClosedCase closed) {
        if (store.entry(closed.kind(), closed.caseId()).isPresent()) {
            return;
        }
        Map<String, Object> inputs = new HashMap<>();
        inputs.put("caseKind", closed.kind());
        inputs.put("subjectKind", closed.subjectKind());
        inputs.put("outcome", closed.outcome());
        inputs.put("referredToPolice", closed.referredToPolice());
        var decided = decisions.evaluateDecisionTableByKey(RetentionProcess.SCHEDULE, inputs).getSingleResult();
        start(closed.kind(), closed.caseId(), closed.reference(), closed.kindLabel(), closed.outcome(),
                ((Number) decided.get("retentionYears")).intValue(), (String) decided.get("retentionRule"),
                String.join(",", closed.involved()));
    }

    /**
     * Puts a closed case on the schedule and starts the wait for its disposal date (9am UK
     * time that day). Called from the closing step, inside its transaction. The retention process
     * carries the case's own kind, id and involved people ({@code CaseVariables.INVOLVED}), so every
     * check on the case (exclusions, no self-approval, who is told) applies to its disposal too.
     */
    private Entry start(String caseType, String caseId, String reference, String caseKind, @Nullable String outcome, int years,
                        String rule, @Nullable String involved) {
        LocalDate closedOn = EngineClock.today();
        LocalDate disposeOn = closedOn.plusYears(years);
        store.addEntry(new RetentionStore.Entry(caseType, caseId, reference, caseKind, closedOn, rule, disposeOn,
                RetentionStatus.RETAINED, 0, involved, outcome, null));
        Map<String, Object> variables = new HashMap<>();
        variables.put(CaseVariables.CASE_ID, caseId);
        variables.put(CaseVariables.CASE_REFERENCE, reference);
        variables.put(CaseVariables.CASE_TITLE, "Retention of " + reference);
        variables.put(CaseVariables.CASE_KIND, caseType);
        variables.put(CaseVariables.INVOLVED, involved);
        variables.put(RetentionProcess.VAR_DISPOSE_AT, Date.from(disposeOn.atTime(9, 0).atZone(EngineClock.UK).toInstant()));
        var instance = runtime.startProcessInstanceByKey(RetentionProcess.KEY, reference, variables);
        store.startedAs(caseType, caseId, instance.getId());
        audit.record(AuditEvent.onCase("RETENTION_STARTED", caseType, caseId, reference, rule + "; disposal due on " + EngineClock.ukDate(disposeOn)));
        return entry(caseType, caseId).orElseThrow();
    }

    @Transactional
    public OnCase onCase(String caseType, String caseId, CurrentUser user) {
        List<Hold> holds = holds(caseType, caseId);
        return new OnCase(store.entry(caseType, caseId).map(entry -> view(entry, holds, null)).orElse(null), holds,
                mayPlaceHold(caseType, caseId, user));
    }

    /**
     * A case's retention for its own page, for those who may read it; its holds (whose reasons can name what the case is
     * wanted for) only for those who may place one. To anyone else the case does not exist.
     */
    @Transactional
    OnCase forCasePage(String caseType, String caseId, CurrentUser user) {
        if (mayPlaceHold(caseType, caseId, user)) {
            return onCase(caseType, caseId, user);
        }
        cases.readable(caseType, caseId, user);
        return new OnCase(store.entry(caseType, caseId).map(entry -> view(entry, List.of(), null)).orElse(null), List.of(), false);
    }

    @Transactional
    public Optional<Entry> entry(String caseType, String caseId) {
        return store.entry(caseType, caseId).map(entry -> view(entry, holds(caseType, caseId), null));
    }

    @Transactional
    public List<Hold> holds(String caseType, String caseId) {
        return views(store.holds(caseType, caseId));
    }

    /** Holds with the names of who placed and released them, looked up once for all. */
    private List<Hold> views(List<RetentionStore.Hold> holds) {
        Map<String, String> names = directory.displayNames(holds.stream()
                .flatMap(hold -> Stream.of(hold.placedBy(), hold.releasedBy())).filter(name -> name != null).distinct().toList());
        return holds.stream().map(hold -> new Hold(hold.id(), hold.caseType(), hold.caseId(), hold.reason(), hold.placedBy(),
                names.get(hold.placedBy()), hold.placedAt(), hold.releasedAt(), hold.releasedBy(),
                hold.releasedBy() == null ? null : names.get(hold.releasedBy()), hold.releaseReason())).toList();
    }

    /**
     * A case's own team (the communications team, HR or the Monitoring Officer, among those who may read it) may
     * hold any case, open or closed; the Information Manager any case on the retention schedule they are not kept
     * out of or involved in (policy D 5.6).
     */
    @Transactional
    public boolean mayPlaceHold(String caseType, String caseId, CurrentUser user) {
        if (user.isIn(Groups.INFORMATION_MANAGER) && store.visibleTo(caseType, caseId, user.username())) {
            return true;
        }
        if (!user.isIn(Groups.HR) && !user.isIn(Groups.MONITORING_OFFICER) && !user.isIn(Groups.COMMS)) {
            return false;
        }
        try {
            cases.readable(caseType, caseId, user);
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Transactional
    public Hold place(String caseType, String caseId, String reason, CurrentUser user) {
        String reference = reference(caseType, caseId, user);
        Optional<RetentionStore.Entry> entry = store.entry(caseType, caseId);
        if (entry.isPresent() && entry.get().status() == RetentionStatus.DISPOSED) {
            throw new ConflictException(reference + " has already been disposed of.");
        }
        var hold = new RetentionStore.Hold(UUID.randomUUID(), caseType, caseId, reason, user.username(), EngineClock.now(),
                null, null, null);
        store.addHold(hold);
        if (entry.isPresent() && entry.get().status() == RetentionStatus.DUE) {
            store.setStatus(caseType, caseId, RetentionStatus.ON_HOLD);
        }
        audit.record(AuditEvent.onCase("LEGAL_HOLD_PLACED", caseType, caseId, reference, "Legal hold " + hold.id()));
        return holds(caseType, caseId).stream().filter(found -> found.id().equals(hold.id())).findFirst().orElseThrow();
    }

    /** Releasing the last hold lets disposal go ahead: the retention process checks again and asks for authorisation. */
    @Transactional
    public Hold release(UUID holdId, String reason, CurrentUser user) {
        RetentionStore.Hold hold = store.hold(holdId).orElseThrow(() -> new NotFoundException("There is no legal hold " + holdId));
        String reference = reference(hold.caseType(), hold.caseId(), user);
        if (!store.release(holdId, user.username(), EngineClock.now(), reason)) {
            throw new ConflictException("This legal hold has already been released.");
        }
        audit.record(AuditEvent.onCase("LEGAL_HOLD_RELEASED", hold.caseType(), hold.caseId(), reference, "Legal hold " + hold.id()));
        Optional<RetentionStore.Entry> entry = store.entry(hold.caseType(), hold.caseId());
        if (entry.isPresent() && entry.get().activeHolds() == 0 && entry.get().status() == RetentionStatus.ON_HOLD) {
            store.setStatus(hold.caseType(), hold.caseId(), RetentionStatus.DUE);
            Actor.runAs(identity, user.username(), user.groupList(), () -> runtime
                    .createMessageCorrelation(RetentionProcess.MESSAGE_RELEASED)
                    .processInstanceVariableEquals(CaseVariables.CASE_ID, hold.caseId())
                    .processInstanceVariableEquals(CaseVariables.CASE_KIND, hold.caseType())
                    .correlateAllWithResult());
        }
        return holds(hold.caseType(), hold.caseId()).stream().filter(found -> found.id().equals(holdId)).findFirst().orElseThrow();
    }

    @Transactional
    List<Entry> schedule(CurrentUser viewer) {
        List<RetentionStore.Entry> entries = store.schedule(viewer.username());
        Map<List<String>, List<Hold>> holdsByCase = views(store.holdsOf(entries)).stream()
                .collect(Collectors.groupingBy(hold -> List.of(hold.caseType(), hold.caseId())));
        Map<String, String> authorisations = tasks.createTaskQuery().processDefinitionKey(RetentionProcess.KEY)
                .taskDefinitionKey(RetentionProcess.AUTHORISE_STEP).list().stream()
                .collect(Collectors.toMap(Task::getProcessInstanceId, Task::getId, (first, second) -> first));
        return entries.stream()
                .map(entry -> view(entry, holdsByCase.getOrDefault(List.of(entry.caseType(), entry.caseId()), List.of()),
                        entry.processInstanceId() == null ? null : authorisations.get(entry.processInstanceId())))
                .toList();
    }

    @Transactional
    List<Disposal> disposals(CurrentUser viewer) {
        return named(store.disposals(viewer.username()));
    }

    /** What is left of a disposed case: its schedule entry and disposal record, for an Information Manager not kept out of it. */
    @Transactional
    Tombstone tombstone(String caseType, String caseId, CurrentUser viewer) {
        Optional<RetentionStore.Disposal> disposal = store.visibleTo(caseType, caseId, viewer.username())
                ? store.disposal(caseType, caseId) : Optional.empty();
        if (disposal.isEmpty()) {
            throw new NotFoundException("No case " + caseId + " has been disposed of");
        }
        return new Tombstone(entry(caseType, caseId).orElseThrow(), named(List.of(disposal.get())).get(0));
    }

    private List<Disposal> named(List<RetentionStore.Disposal> found) {
        Map<String, String> names = directory.displayNames(found.stream().map(RetentionStore.Disposal::authorisedBy).distinct().toList());
        return found.stream().map(d -> new Disposal(d.id(), d.caseType(), d.caseId(), d.reference(), d.authorisedBy(),
                names.get(d.authorisedBy()), d.disposedAt(), d.itemCount(), d.fileCount(), d.manifest())).toList();
    }

    /** The case's reference if this person may hold its evidence; otherwise it does not exist for them. */
    private String reference(String caseType, String caseId, CurrentUser user) {
        if (!mayPlaceHold(caseType, caseId, user)) {
            throw new NotFoundException("There is no case " + caseId);
        }
        return store.entry(caseType, caseId).map(RetentionStore.Entry::reference)
                .orElseGet(() -> cases.readable(caseType, caseId, user).reference());
    }

    /** An entry with its legal holds (who placed them and why); never the case's content. */
    private static Entry view(RetentionStore.Entry entry, List<Hold> holds, @Nullable String authorisationTaskId) {
        return new Entry(entry.caseType(), entry.caseId(), entry.reference(), entry.caseKind(), entry.closedOn(), entry.retentionRule(),
                entry.disposeOn(), entry.outcome(), entry.status(), entry.status().label(), entry.activeHolds(), holds,
                authorisationTaskId);
    }
}
