package uk.gov.council.socialgov.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;

import java.util.List;
import java.util.function.Supplier;

/**
 * Tells the engine who is acting while a command runs, so history records them and delegates can
 * ask who made the decision they are recording.
 */
public final class Actor {

    private Actor() {
    }

    public static <T> T runAs(IdentityService identity, String username, List<String> groups, Supplier<T> work) {
        identity.setAuthentication(username, groups);
        try {
            return work.get();
        } finally {
            identity.clearAuthentication();
        }
    }

    /** The person whose command is running this delegate. */
    public static String of(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            throw new IllegalStateException("Step " + execution.getCurrentActivityName() + " ran without a signed-in person");
        }
        return authentication.getUserId();
    }
}
