package uk.gov.council.socialgov.retention;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.CaseVariables;

/** "Check for a legal hold": the retention period has ended; disposal waits while any hold is in force. */
@Singleton
@Named("checkLegalHold")
class CheckLegalHold implements JavaDelegate {

    private final RetentionStore store;

    CheckLegalHold(RetentionStore store) {
        this.store = store;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseType = (String) execution.getVariable(CaseVariables.CASE_KIND);
        String caseId = (String) execution.getVariable(CaseVariables.CASE_ID);
        boolean onHold = store.activeHolds(caseType, caseId) > 0;
        store.setStatus(caseType, caseId, onHold ? RetentionStatus.ON_HOLD : RetentionStatus.DUE);
        execution.setVariable(RetentionProcess.VAR_ON_HOLD, onHold);
    }
}
