package uk.gov.council.socialgov.registry;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.StepComments;

/**
 * "Record the owner's explanation": it goes on the account's case history, where the communications
 * team reads it on its review task (the registry is the council's record, not confidential content).
 */
@Singleton
@Named("recordOwnerExplanation")
class RecordOwnerExplanation implements JavaDelegate {

    private final AuditTrail audit;

    RecordOwnerExplanation(AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean keep = "keep".equals(execution.getVariable("recommendation"));
        // What the owner wrote is case content: the reviewer reads it as a comment on the case, not in the audit trail.
        StepComments.keep(execution, execution.getVariable("explanation") + (keep
                ? " Expected from now on: " + execution.getVariable("expectedActivity") : ""));
        String detail = keep ? "Recommends keeping it open" : "Recommends closing it";
        audit.record(AuditEvent.onCase("ACCOUNT_INACTIVITY_EXPLAINED", InactivityReviews.CASE_KIND,
                (String) execution.getVariable(CaseVariables.CASE_ID), (String) execution.getVariable(CaseVariables.CASE_REFERENCE), detail),
                Actor.of(execution), null);
    }
}
