package uk.gov.council.socialgov.access;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.registry.AuthorisedUsers;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

/** "Add them to the authorised users": the grant is active and the person may post from each of its accounts from today (D 2.3). */
@Singleton
@Named("activateGrant")
class ActivateGrant implements JavaDelegate {

    private final AccessGrantSteps steps;
    private final GrantRecordStore records;
    private final AuthorisedUsers authorisedUsers;
    private final EmergencyStore emergencies;
    private final EmergencySteps emergencySteps;

    ActivateGrant(AccessGrantSteps steps, GrantRecordStore records, AuthorisedUsers authorisedUsers, EmergencyStore emergencies,
                  EmergencySteps emergencySteps) {
        this.steps = steps;
        this.records = records;
        this.authorisedUsers = authorisedUsers;
        this.emergencies = emergencies;
        this.emergencySteps = emergencySteps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessGrant grant = steps.grant(execution);
        String by = Actor.of(execution);
        grant.activate(EngineClock.now());
        records.accounts(grant.getId()).forEach(account ->
                authorisedUsers.open(account, grant.getGrantee(), EngineClock.today(), by, grant.getId()));
        execution.setVariable(AccessGrantProcess.VAR_PROVISIONED, true);
        steps.save(grant, "ACCESS_GIVEN", by, null);
        // Given during an emergency: it waits, suspended, with the others until the emergency is lifted.
        emergencies.inForce().ifPresent(emergency -> emergencySteps.suspend(steps.grant(execution), emergency.id(), by));
    }
}
