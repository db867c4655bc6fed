package uk.gov.council.socialgov.retention;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.cases.CaseDisposal;
import uk.gov.council.socialgov.evidence.Evidence;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.UUID;

/**
 * "Dispose of the case and keep a tombstone": runs as the Information Manager who authorised it. The
 * evidence's content goes (its hashes stay), then the whole case (decision 0027); the tombstone is the
 * schedule's entry and a disposal record listing what went with its hashes. A hold placed since the
 * check stops it, and the process waits for the hold's release.
 */
@Singleton
@Named("disposeOfCase")
class DisposeOfCase implements JavaDelegate {

    private final RetentionStore store;
    private final Evidence evidence;
    private final CaseDisposal disposal;
    private final AuditTrail audit;

    DisposeOfCase(RetentionStore store, Evidence evidence, CaseDisposal disposal, AuditTrail audit) {
        this.store = store;
        this.evidence = evidence;
        this.disposal = disposal;
        this.audit = audit;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseType = (String) execution.getVariable(CaseVariables.CASE_KIND);
        String caseId = (String) execution.getVariable(CaseVariables.CASE_ID);
        String reference = (String) execution.getVariable(CaseVariables.CASE_REFERENCE);
        if (store.activeHolds(caseType, caseId) > 0) {
            store.setStatus(caseType, caseId, RetentionStatus.ON_HOLD);
            throw new BpmnError(RetentionProcess.ERROR_LEGAL_HOLD, "A legal hold was placed before the case was disposed of");
        }
        String authorisedBy = Actor.of(execution);
        store.keepExcludedOut(caseType, caseId);
        Evidence.Destroyed destroyed = evidence.destroy(caseType, caseId, reference, authorisedBy);
        CaseDisposal.Disposed went = disposal.dispose(caseType, caseId, reference, execution.getProcessInstanceId());
        store.forgetHoldReasons(caseType, caseId);
        int records = Math.toIntExact(destroyed.items() + went.records() - went.documents().rows());
        int files = Math.toIntExact(destroyed.files() + went.documents().rows());
        store.addDisposal(new RetentionStore.Disposal(UUID.randomUUID(), caseType, caseId, reference, authorisedBy, EngineClock.now(),
                records, files, destroyed.manifest() + went.manifest()));
        store.setStatus(caseType, caseId, RetentionStatus.DISPOSED);
        audit.record(AuditEvent.onCase("CASE_DISPOSED", caseType, caseId, reference, records + " records and " + files + " files destroyed"),
                authorisedBy, null);
    }
}
