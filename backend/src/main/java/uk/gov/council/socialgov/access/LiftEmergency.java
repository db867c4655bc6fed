package uk.gov.council.socialgov.access;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.UUID;

/**
 * "Lift the emergency and resume the suspended grants": each grant it suspended, and not ended
 * since, is active again with its dates unchanged; its holder is told.
 */
@Singleton
@Named("liftEmergency")
class LiftEmergency implements JavaDelegate {

    private final EmergencyStore emergencies;
    private final AccessGrantStore grants;
    private final EmergencySteps emergencySteps;
    private final AuditTrail audit;

    LiftEmergency(EmergencyStore emergencies, AccessGrantStore grants, EmergencySteps emergencySteps, AuditTrail audit) {
        this.emergencies = emergencies;
        this.grants = grants;
        this.emergencySteps = emergencySteps;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        UUID emergencyId = CaseVariables.caseId(execution);
        String by = Actor.of(execution);
        emergencies.lifted(emergencyId, by, EngineClock.now());
        for (UUID grantId : emergencies.suspensions(emergencyId)) {
            grants.findById(grantId).filter(grant -> grant.getStatus() == AccessGrantStatus.SUSPENDED)
                    .ifPresent(grant -> emergencySteps.resume(grant, by));
        }
        audit.record(AuditEvent.onCase("EMERGENCY_LIFTED", EmergencyProcess.CASE_KIND, emergencyId.toString(),
                (String) execution.getVariable(CaseVariables.CASE_REFERENCE), null), by, null);
    }
}
