package uk.gov.council.socialgov.access;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

/** "Record the signature": the exact statement text, its version and the time; nothing is provisioned before this. */
@Singleton
@Named("recordSignature")
class RecordSignature implements JavaDelegate {

    private final AccessGrantSteps steps;
    private final GrantRecordStore records;

    RecordSignature(AccessGrantSteps steps, GrantRecordStore records) {
        this.steps = steps;
        this.records = records;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessGrant grant = steps.grant(execution);
        String by = Actor.of(execution);
        grant.signed();
        Statement statement = Statement.forTerms(grant.getSpecificTerms());
        records.sign(grant.getId(), statement, by, EngineClock.now());
        execution.setVariable(AccessGrantProcess.VAR_PROVISIONED, grant.wasProvisioned());
        steps.save(grant, "ACCESS_STATEMENT_SIGNED", by, "version " + statement.version());
    }
}
