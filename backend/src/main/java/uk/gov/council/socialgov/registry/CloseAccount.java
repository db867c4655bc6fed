package uk.gov.council.socialgov.registry;

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

/** "Close the account and end its authorised users" (D 2.4): nobody may post from it after today. */
@Singleton
@Named("closeAccount")
class CloseAccount implements JavaDelegate {

    /** The reason the closing process carries, given by the communications team or the inactivity review. */
    static final String VAR_REASON = "reason";

    private final AccountRegistry registry;
    private final AuditTrail audit;

    CloseAccount(AccountRegistry registry, AuditTrail audit) {
        this.registry = registry;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = (String) execution.getVariable(CaseVariables.CASE_ID);
        String by = Actor.of(execution);
        String reason = (String) execution.getVariable(VAR_REASON);
        int ended = registry.close(UUID.fromString(id), by, reason, EngineClock.now(), EngineClock.today());
        audit.record(AuditEvent.onCase("ACCOUNT_CLOSED", InactivityReviews.CASE_KIND, id,
                (String) execution.getVariable(CaseVariables.CASE_REFERENCE), ended + " authorised users ended"),
                by, null);
    }
}
