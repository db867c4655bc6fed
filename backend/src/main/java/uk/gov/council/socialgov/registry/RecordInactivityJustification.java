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
import uk.gov.council.socialgov.workflow.StepComments;

import java.util.UUID;

/** "Record why it stays open": the reason and expected activity go on the record; the next review waits a full period. */
@Singleton
@Named("recordInactivityJustification")
class RecordInactivityJustification implements JavaDelegate {

    private final AccountRegistryStore registry;
    private final AuditTrail audit;

    RecordInactivityJustification(AccountRegistryStore registry, AuditTrail audit) {
        this.registry = registry;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String id = (String) execution.getVariable(CaseVariables.CASE_ID);
        registry.markInactivityReviewed(UUID.fromString(id), EngineClock.today());
        // The reason is case content: it stays with the case as a comment, not in the audit trail.
        StepComments.keep(execution,
                execution.getVariable("reason") + " Expected from now on: " + execution.getVariable("expectedActivity"));
        audit.record(AuditEvent.onCase("ACCOUNT_KEPT_OPEN", InactivityReviews.CASE_KIND, id,
                (String) execution.getVariable(CaseVariables.CASE_REFERENCE), null),
                Actor.of(execution), null);
    }
}
