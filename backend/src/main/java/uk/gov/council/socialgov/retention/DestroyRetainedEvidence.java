package uk.gov.council.socialgov.retention;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.evidence.Evidence;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.UUID;

/**
 * "Destroy the retained posts and keep a tombstone": runs as the Information Manager who authorised
 * it. A hold placed since the check stops it, and the process waits for the hold's release.
 */
@Singleton
@Named("destroyRetainedEvidence")
class DestroyRetainedEvidence implements JavaDelegate {

    private final RetentionStore store;
    private final Evidence evidence;

    DestroyRetainedEvidence(RetentionStore store, Evidence evidence) {
        this.store = store;
        this.evidence = evidence;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseType = (String) execution.getVariable(CaseVariables.CASE_KIND);
        String caseId = (String) execution.getVariable(CaseVariables.CASE_ID);
        String reference = (String) execution.getVariable(CaseVariables.CASE_REFERENCE);
        if (store.activeHolds(caseType, caseId) > 0) {
            store.setStatus(caseType, caseId, RetentionStatus.ON_HOLD);
            throw new BpmnError(RetentionProcess.ERROR_LEGAL_HOLD, "A legal hold was placed before the evidence was destroyed");
        }
        String authorisedBy = Actor.of(execution);
        Evidence.Destroyed destroyed = evidence.destroy(caseType, caseId, reference, authorisedBy);
        store.addDisposal(new RetentionStore.Disposal(UUID.randomUUID(), caseType, caseId, reference, authorisedBy, EngineClock.now(),
                destroyed.items(), destroyed.files(), destroyed.manifest()));
        store.setStatus(caseType, caseId, RetentionStatus.DISPOSED);
    }
}
