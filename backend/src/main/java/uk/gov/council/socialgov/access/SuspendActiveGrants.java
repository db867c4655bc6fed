package uk.gov.council.socialgov.access;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.util.UUID;

/** "Suspend every active grant" (D 9): nobody with temporary access may post until the emergency is lifted. */
@Singleton
@Named("suspendActiveGrants")
class SuspendActiveGrants implements JavaDelegate {

    private final AccessGrantStore grants;
    private final EmergencySteps emergencySteps;

    SuspendActiveGrants(AccessGrantStore grants, EmergencySteps emergencySteps) {
        this.grants = grants;
        this.emergencySteps = emergencySteps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID emergencyId = CaseVariables.caseId(execution);
        String by = Actor.of(execution);
        grants.findByStatus(AccessGrantStatus.ACTIVE).forEach(grant -> emergencySteps.suspend(grant, emergencyId, by));
    }
}
