package uk.gov.council.socialgov.identity;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** "End their sign-in, groups and access", at 9am on the leaving date. */
@Singleton
@Named("endSignInAndAccess")
class EndSignInAndAccess implements JavaDelegate {

    private final Leavers leavers;

    EndSignInAndAccess(Leavers leavers) {
        this.leavers = leavers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        leavers.leave((String) execution.getVariable(Leavers.VAR_USERNAME), GroupsRemoved.SYSTEM);
    }
}
