package uk.gov.council.socialgov.access;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.cases.CaseRetention;
import uk.gov.council.socialgov.cases.ClosedCase;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.WorkingDays;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.List;

/** What every step of processes/access-grant.bpmn does around its own change: find, save, audit, and set the review timers. */
@Singleton
class AccessGrantSteps {


    private final AccessGrantStore grants;
    private final AuditTrail audit;
    private final AccessSettings settings;
    private final WorkingDays workingDays;
    private final CaseRetention retention;

    AccessGrantSteps(AccessGrantStore grants, AuditTrail audit, AccessSettings settings, WorkingDays workingDays,
                     CaseRetention retention) {
        this.grants = grants;
        this.audit = audit;
        this.settings = settings;
        this.workingDays = workingDays;
        this.retention = retention;
    }

    AccessGrant grant(VariableScope execution) {
        return grants.findById(CaseVariables.caseId(execution)).orElseThrow();
    }

    /** Saves the grant and audits the change; a grant that has just ended goes on the retention schedule. */
    void save(AccessGrant grant, String action, String by, String detail) {
        grants.update(grant);
        audit.record(event(action, grant, detail), by, null);
        if (AccessGrantStatus.ENDED.contains(grant.getStatus())) {
            retention.closed(new ClosedCase(AccessGrantProcess.CASE_KIND, grant.getId().toString(), grant.getReference(),
                    "Access to corporate accounts", null, grant.getStatus().name(), false,
                    List.of(grant.getGrantee(), grant.getRequestedBy())));
        }
    }

    static AuditEvent event(String action, AccessGrant grant, String detail) {
        return AuditEvent.onCase(action, AccessGrantProcess.CASE_KIND, grant.getId().toString(), grant.getReference(), detail);
    }

    /** The person whose command runs the step, or the system when a timer runs it. */
    static String actor(DelegateExecution execution) {
        Authentication authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null ? AuditTrail.SYSTEM : authentication.getUserId();
    }


    /** An end date from a form: a real date, after today, and no further off than the longest access allowed. */
    LocalDate endDate(VariableScope execution, String field) {
        LocalDate date;
        try {
            date = LocalDate.parse(String.valueOf(execution.getVariable(field)));
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "Enter the end date as a real date");
        }
        FieldError problem = endDateProblem(field, date);
        if (problem != null) {
            throw new InvalidRequestException(List.of(problem));
        }
        return date;
    }

    FieldError endDateProblem(String field, LocalDate date) {
        LocalDate today = EngineClock.today();
        if (!date.isAfter(today)) {
            return new FieldError(field, "The end date must be in the future");
        }
        if (date.isAfter(today.plusMonths(settings.maxMonths()))) {
            return new FieldError(field, "Access can last " + settings.maxMonths() + " months at most: choose a date on or before "
                    + EngineClock.ukDate(today.plusMonths(settings.maxMonths())));
        }
        return null;
    }

    /** The reminder, the end-date review and the removal of an unreviewed grant, from its end date (9am UK time). */
    void setTimers(DelegateExecution execution, LocalDate endDate) {
        var endsAt = endDate.atTime(9, 0).atZone(EngineClock.UK);
        execution.setVariable(AccessGrantProcess.VAR_ENDS_AT, Date.from(endsAt.toInstant()));
        execution.setVariable(AccessGrantProcess.VAR_REMIND_AT, Date.from(endsAt.minusDays(settings.reminderDays()).toInstant()));
        execution.setVariable(AccessGrantProcess.VAR_REMOVE_UNREVIEWED_AT,
                Date.from(workingDays.after(endsAt.toInstant(), settings.reviewGraceWorkingDays())));
    }
}
