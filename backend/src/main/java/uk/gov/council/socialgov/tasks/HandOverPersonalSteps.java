package uk.gov.council.socialgov.tasks;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.identity.PersonLeft;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * "Give their personal steps to their line manager or the communications team" ({@code person-leaving.bpmn}),
 * just after the leaver's sign-in and groups ended. A step the process gave them by name (a councillor's
 * follow-up, an owner's review, a line manager's endorsement) goes to their line manager while still
 * here and allowed to read the whole case; otherwise to the teams that may read it (of the communications
 * team, HR and the Monitoring Officer), so a confidential case never reaches someone the one rule keeps
 * out of it; the communications team for a step with no case. Each move is audited, naming the task and
 * its new holder.
 */
@Singleton
@Named("handOverPersonalSteps")
class HandOverPersonalSteps implements JavaDelegate {

    static final String HANDED_OVER = "PERSONAL_STEP_HANDED_OVER";
    /** The teams that take a personal step over, in this order of preference. */
    private static final List<String> TEAMS = List.of(Groups.COMMS, Groups.HR, Groups.MONITORING_OFFICER);

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final TaskAccess access;
    private final CaseReaders readers;
    private final Directory directory;

    HandOverPersonalSteps(TaskService tasks, RuntimeService runtime, AuditTrail audit, TaskAccess access, CaseReaders readers,
                          Directory directory) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.access = access;
        this.audit = audit;
        this.readers = readers;
        this.directory = directory;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String leaver = (String) execution.getVariable(PersonLeft.VAR_LEAVER);
        Optional<CurrentUser> lineManager = Optional.ofNullable((String) execution.getVariable(PersonLeft.VAR_TAKES_OVER))
                .flatMap(directory::find)
                .map(person -> new CurrentUser(person.username(), person.displayName(), Set.copyOf(person.groups())));
        // Tasks of a group they had claimed went back to it when they left their groups (HandBackOnLeavingAGroup);
        // a task is only ever handed to someone in one of its groups, so what is left with them is a personal step.
        for (Task task : tasks.createTaskQuery().taskAssignee(leaver).list()) {
            if (!access.candidateGroups(task.getId()).isEmpty()) {
                continue;
            }
            Map<String, Object> c = runtime.getVariables(task.getProcessInstanceId(),
                    List.of(CaseVariables.CASE_KIND, CaseVariables.CASE_ID, CaseVariables.CASE_REFERENCE));
            String kind = (String) c.get(CaseVariables.CASE_KIND);
            String caseId = (String) c.get(CaseVariables.CASE_ID);
            String detail;
            if (lineManager.isPresent() && (kind == null || readers.mayReadWhole(kind, caseId, lineManager.get()))) {
                tasks.setAssignee(task.getId(), lineManager.get().username());
                detail = task.getName() + ": " + leaver + " left; now with their line manager " + lineManager.get().username();
            } else {
                List<String> teams = kind == null ? List.of(Groups.COMMS) : teamsThatRead(kind, caseId);
                tasks.setAssignee(task.getId(), null);
                teams.forEach(team -> tasks.addCandidateGroup(task.getId(), team));
                detail = task.getName() + ": " + leaver + " left; now with "
                        + String.join(" and ", teams.stream().map(Groups::label).toList());
            }
            audit.record(AuditEvent.onCase(HANDED_OVER, kind, caseId, (String) c.get(CaseVariables.CASE_REFERENCE), detail),
                    AuditTrail.SYSTEM, null);
        }
    }

    /** The teams whose members (anyone in the team not excluded from the case) may read the whole case. */
    private List<String> teamsThatRead(String kind, String caseId) {
        List<String> teams = TEAMS.stream()
                .filter(team -> readers.mayReadWhole(kind, caseId, new CurrentUser("", team, Set.of(team))))
                .toList();
        // Every kind is read by one of them; were one not, the Monitoring Officer, who answers for the policy, decides.
        return teams.isEmpty() ? List.of(Groups.MONITORING_OFFICER) : teams;
    }
}
