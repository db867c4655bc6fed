package uk.gov.council.socialgov.investigations;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.FormValues;

import java.time.LocalDate;

/** "Record the hearing": the Standards Committee panel's decision and any sanction. */
@Singleton
@Named("recordStandardsHearing")
class RecordStandardsHearing implements JavaDelegate {

    private final BreachSteps steps;

    RecordStandardsHearing(BreachSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BreachCase found = steps.breachCase(execution);
        String by = Actor.of(execution);
        boolean upheld = "upheld".equals(execution.getVariable("hearingDecision"));
        String sanction = FormValues.text(execution, "sanction");
        if (upheld && sanction == null) {
            throw new InvalidRequestException("sanction", "Enter the sanction");
        }
        LocalDate date = LocalDate.parse(String.valueOf(execution.getVariable("hearingDate")));
        steps.outcome(execution, found, upheld ? BreachOutcome.BREACH_FOUND : BreachOutcome.NO_BREACH_FOUND,
                FormValues.text(execution, BreachInvestigationProcess.VAR_OUTCOME_DETAIL));
        steps.store().hearing(found.id(), date, upheld ? "Breach upheld" : "Not upheld", upheld ? sanction : null);
        steps.record(found, "STANDARDS_HEARING_RECORDED", by, upheld ? "Breach upheld" : "Not upheld");
    }
}
