package uk.gov.council.socialgov.accounts;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.cases.CaseRetention;
import uk.gov.council.socialgov.cases.ClosedCase;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.List;


/** What every step of processes/account-request.bpmn does around its own change: find the request, save it, note it, audit it. */
@Singleton
class AccountRequestSteps {

    private final AccountRequestStore requests;
    private final AccountRequestNoteStore notes;
    private final AuditTrail audit;
    private final CaseRetention retention;

    AccountRequestSteps(AccountRequestStore requests, AccountRequestNoteStore notes, AuditTrail audit, CaseRetention retention) {
        this.requests = requests;
        this.notes = notes;
        this.audit = audit;
        this.retention = retention;
    }

    AccountRequest request(VariableScope execution) {
        return requests.findById(CaseVariables.caseId(execution)).orElseThrow();
    }

    /** Saves the request, adds what was said (if anything) to its notes, and writes the audit row. */
    void save(AccountRequest request, String action, String by, AccountRequestNote.Kind kind, String said) {
        requests.update(request);
        if (said != null && !said.isBlank()) {
            notes.save(AccountRequestNote.of(request, kind, said, by, EngineClock.now()));
        }
        // What people wrote is case content: it stays in the notes, not in the audit trail.
        audit.record(AccountRequestService.event(action, request, null), by, null);
        retainIfEnded(request);
    }

    /** A request that has just ended (refused, withdrawn, expired, or its account closed) goes on the retention schedule. */
    void retainIfEnded(AccountRequest request) {
        if (AccountRequestStatus.ENDED.contains(request.getStatus())) {
            retention.closed(new ClosedCase(AccountRequestProcess.CASE.name(), request.getId().toString(), request.getReference(),
                    "Request for a new account", null, request.getStatus().name(), false,
                    List.of(request.getSubmittedBy())));
        }
    }

    void save(AccountRequest request, String action, String by) {
        save(request, action, by, null, null);
    }

    static String text(VariableScope execution, String name) {
        Object value = execution.getVariable(name);
        return value == null ? null : value.toString().strip();
    }
}
