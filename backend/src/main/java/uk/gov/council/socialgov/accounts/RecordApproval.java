package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.UUID;

/** "Record approval": marks the request approved by the reviewer who decided. */
@Singleton
@Named("recordApproval")
class RecordApproval implements JavaDelegate {

    private final AccountRequestRepository requests;
    private final AuditTrail audit;
    private final DecisionEmails emails;

    RecordApproval(AccountRequestRepository requests, AuditTrail audit, DecisionEmails emails) {
        this.requests = requests;
        this.audit = audit;
        this.emails = emails;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccountRequest request = requests.findById(UUID.fromString((String) execution.getVariable(CaseVariables.CASE_ID)))
                .orElseThrow();
        String reviewer = Actor.of(execution);
        request.approve(reviewer, EngineClock.now());
        requests.update(request);
        emails.approved(request);
        audit.record(AccountRequestService.event("ACCOUNT_REQUEST_APPROVED", request, request.getRejectionReason()), reviewer, null);
    }
}
