package uk.gov.council.socialgov.access;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.registry.AuthorisedUsers;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.FormValues;

/**
 * "Remove the access": the grant ends (REVOKED when the communications team removes it, EXPIRED when
 * nobody reviewed it in time) and every authorised-user period it opened ends today.
 */
@Singleton
@Named("removeAccess")
class RemoveAccess implements JavaDelegate {

    /** Set on the service task in the BPMN: REVOKED or EXPIRED. */
    static final String END_AS = "endAs";
    private static final String UNREVIEWED = "Nobody reviewed the access within the time allowed after its end date.";

    private final AccessGrantSteps steps;
    private final AuthorisedUsers authorisedUsers;

    RemoveAccess(AccessGrantSteps steps, AuthorisedUsers authorisedUsers) {
        this.steps = steps;
        this.authorisedUsers = authorisedUsers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessGrant grant = steps.grant(execution);
        AccessGrantStatus endAs = AccessGrantStatus.valueOf((String) execution.getVariableLocal(END_AS));
        String by = AccessGrantSteps.actor(execution);
        String reason = endAs == AccessGrantStatus.EXPIRED ? UNREVIEWED : FormValues.text(execution, AccessGrantProcess.VAR_REASON);
        grant.remove(endAs, by, reason, EngineClock.now());
        int ended = authorisedUsers.endGrant(grant.getId(), EngineClock.today(), by);
        steps.save(grant, endAs == AccessGrantStatus.EXPIRED ? "ACCESS_EXPIRED" : "ACCESS_REMOVED", by,
                ended + " authorised-user periods ended");
    }
}
