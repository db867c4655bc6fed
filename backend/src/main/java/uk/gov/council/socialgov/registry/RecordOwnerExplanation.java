package uk.gov.council.socialgov.registry;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;

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
        String detail = execution.getVariable("explanation") + (keep
                ? " Recommends keeping it open; expected from now on: " + execution.getVariable("expectedActivity")
                : " Recommends closing it.");
        audit.record(AuditEvent.onCase("ACCOUNT_INACTIVITY_EXPLAINED", InactivityReviews.CASE_KIND,
                (String) execution.getVariable(CaseVariables.CASE_ID), (String) execution.getVariable(CaseVariables.CASE_REFERENCE), detail),
                Actor.of(execution), null);
    }
}
