package uk.gov.council.socialgov.identity;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/**
 * "End their sign-in, groups and access", at 9am on the leaving date (or at once when it has passed).
 * Notes whether they had already left, and who takes over their personal steps.
 */
@Singleton
@Named("endSignInAndAccess")
class EndSignInAndAccess implements JavaDelegate {

    private final Leavers leavers;

    EndSignInAndAccess(Leavers leavers) {
        this.leavers = leavers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean onTheDay = Boolean.TRUE.equals(execution.getVariable(Leavers.VAR_STILL_TO_COME));
        Object recordedBy = execution.getVariable(Leavers.VAR_RECORDED_BY);
        String by = onTheDay || recordedBy == null ? GroupsRemoved.SYSTEM : (String) recordedBy;
        var departure = leavers.leave((String) execution.getVariable(Leavers.VAR_USERNAME), by);
        execution.setVariable(Leavers.VAR_HAS_LEFT, departure.isPresent());
        execution.setVariable(Leavers.VAR_LEAVING_DATE, departure.map(left -> left.leavingDate().toString()).orElse(null));
        execution.setVariable(Leavers.VAR_LINE_MANAGER, departure.map(Leavers.Departure::lineManager).orElse(null));
    }
}
