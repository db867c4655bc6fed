package uk.gov.council.socialgov.investigations;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.FormValues;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What every step of processes/breach-investigation.bpmn does around its own change: find, record, audit. */
@Singleton
class BreachSteps {

    private final BreachCaseStore store;
    private final AuditTrail audit;
    private final Directory directory;
    private final CaseExclusions exclusions;

    BreachSteps(BreachCaseStore store, AuditTrail audit, Directory directory, CaseExclusions exclusions) {
        this.store = store;
        this.audit = audit;
        this.directory = directory;
        this.exclusions = exclusions;
    }

    /** Where each step makes its own named update. */
    BreachCaseStore store() {
        return store;
    }

    BreachCase breachCase(VariableScope execution) {
        return store.find(CaseVariables.caseId(execution)).orElseThrow();
    }

    /** Writes the step's audit row, as the person who completed the step. */
    void record(BreachCase found, String action, String by, @Nullable String detail) {
        audit.record(AuditEvent.onCase(action, BreachInvestigationProcess.CASE_KIND, found.id().toString(), found.reference(), detail),
                by, null);
    }

    void addNote(BreachCase found, String kind, String text, String by) {
        store.addNote(found.id(), new BreachCaseStore.Note(UUID.randomUUID(), kind, text, by, EngineClock.now()));
    }


    /**
     * Checks and records the investigator and due date from a triage or assessment form. The
     * investigator may be anyone but the people the case is by or about, or anyone excluded from it.
     */
    void appoint(DelegateExecution execution, BreachCase found) {
        List<FieldError> errors = new ArrayList<>();
        String investigator = FormValues.text(execution, BreachInvestigationProcess.VAR_INVESTIGATOR);
        investigator = investigator == null ? null : investigator.toLowerCase(Locale.ROOT);
        if (investigator == null || !directory.exists(investigator)) {
            errors.add(new FieldError(BreachInvestigationProcess.VAR_INVESTIGATOR, "Enter the username of someone who works here"));
        } else if (found.involves(investigator)
                || exclusions.isExcluded(BreachInvestigationProcess.CASE_KIND, found.id().toString(), investigator)) {
            errors.add(new FieldError(BreachInvestigationProcess.VAR_INVESTIGATOR,
                    "Appoint someone with no part in the case: not the person it is about, who reported it, or anyone kept out of it"));
        }
        LocalDate due = null;
        try {
            due = LocalDate.parse(String.valueOf(execution.getVariable(BreachInvestigationProcess.VAR_INVESTIGATION_DUE)));
            if (!due.isAfter(EngineClock.today())) {
                errors.add(new FieldError(BreachInvestigationProcess.VAR_INVESTIGATION_DUE, "The due date must be in the future"));
            }
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(BreachInvestigationProcess.VAR_INVESTIGATION_DUE, "Enter the due date as a real date"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        execution.setVariable(BreachInvestigationProcess.VAR_INVESTIGATOR, investigator);
        execution.setVariable(BreachInvestigationProcess.VAR_INVESTIGATION_DUE_AT,
                Date.from(due.atTime(17, 0).atZone(EngineClock.UK).toInstant()));
        store.appointed(found.id(), investigator, due);
    }

    /** The case's outcome, for its record and for the retention table's inputs. */
    void outcome(DelegateExecution execution, BreachCase found, BreachOutcome outcome, @Nullable String detail) {
        String crimeReference = FormValues.text(execution, BreachInvestigationProcess.VAR_CRIME_REFERENCE);
        execution.setVariable(BreachInvestigationProcess.VAR_OUTCOME, outcome.name());
        execution.setVariable(BreachInvestigationProcess.VAR_REFERRED_TO_POLICE,
                outcome == BreachOutcome.REFERRED_TO_POLICE || crimeReference != null);
        store.outcome(found.id(), outcome, detail, crimeReference);
    }

    static BreachOutcome outcomeNamed(VariableScope execution, String field) {
        try {
            return BreachOutcome.valueOf(String.valueOf(execution.getVariable(field)));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(field, "Select an outcome from the list");
        }
    }
}
