package uk.gov.council.socialgov.access;

import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.identity.PersonLeft;
import uk.gov.council.socialgov.workflow.EngineClock;

/**
 * Temporary access ends when its holder leaves the council: each of their grants, asked for or
 * active, is removed through its process's removal path, so the communications team is asked to
 * change the passwords they knew (D 2.3), in the transaction that recorded the leaving.
 */
@Singleton
class EndAccessOfLeavers {

    private final GrantRecordStore records;
    private final AccessGrantStore grants;
    private final RuntimeService runtime;

    EndAccessOfLeavers(GrantRecordStore records, AccessGrantStore grants, RuntimeService runtime) {
        this.records = records;
        this.grants = grants;
        this.runtime = runtime;
    }

    @EventListener
    void onPersonLeft(PersonLeft left) {
        String reason = "They left the council on " + EngineClock.ukDate(left.leavingDate());
        for (var grantId : records.openGrantsOf(left.username())) {
            grants.findById(grantId).ifPresent(grant -> runtime.createMessageCorrelation(AccessGrantProcess.MESSAGE_REMOVED_EARLY)
                    .processInstanceId(grant.getProcessInstanceId())
                    .setVariable(AccessGrantProcess.VAR_REASON, reason)
                    .correlateWithResult());
        }
    }
}
