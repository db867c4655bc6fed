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
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.identity.PersonLeft;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.util.List;
import java.util.Map;

/**
 * "Give their personal steps to their line manager or the communications team" ({@code person-leaving.bpmn}),
 * just after the leaver's sign-in and groups ended. A step the process gave them by name (a councillor's
 * follow-up, an owner's review, a line manager's endorsement) goes to their line manager while still
 * here, otherwise to the communications team. Each move is audited, naming the task and its new holder.
 */
@Singleton
@Named("handOverPersonalSteps")
class HandOverPersonalSteps implements JavaDelegate {

    static final String HANDED_OVER = "PERSONAL_STEP_HANDED_OVER";

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final TaskAccess access;

    HandOverPersonalSteps(TaskService tasks, RuntimeService runtime, AuditTrail audit, TaskAccess access) {
        this.tasks = tasks;
        this.runtime = runtime;
        this.access = access;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String leaver = (String) execution.getVariable(PersonLeft.VAR_LEAVER);
        String lineManager = (String) execution.getVariable(PersonLeft.VAR_TAKES_OVER);
        // Tasks of a group they had claimed went back to it when they left their groups (HandBackOnLeavingAGroup);
        // a task is only ever handed to someone in one of its groups, so what is left with them is a personal step.
        for (Task task : tasks.createTaskQuery().taskAssignee(leaver).list()) {
            if (!access.candidateGroups(task.getId()).isEmpty()) {
                continue;
            }
            String detail;
            if (lineManager != null) {
                tasks.setAssignee(task.getId(), lineManager);
                detail = task.getName() + ": " + leaver + " left; now with their line manager " + lineManager;
            } else {
                tasks.setAssignee(task.getId(), null);
                tasks.addCandidateGroup(task.getId(), Groups.COMMS);
                detail = task.getName() + ": " + leaver + " left; now with " + Groups.label(Groups.COMMS);
            }
            Map<String, Object> c = runtime.getVariables(task.getProcessInstanceId(),
                    List.of(CaseVariables.CASE_KIND, CaseVariables.CASE_ID, CaseVariables.CASE_REFERENCE));
            audit.record(AuditEvent.onCase(HANDED_OVER, (String) c.get(CaseVariables.CASE_KIND), (String) c.get(CaseVariables.CASE_ID),
                    (String) c.get(CaseVariables.CASE_REFERENCE), detail), AuditTrail.SYSTEM, null);
        }
    }
}
