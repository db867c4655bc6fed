package uk.gov.council.socialgov.access;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.FormValues;

import java.time.LocalDate;
import java.util.Objects;

/** "Record the extension": a new end date and reason; new do's and don'ts mean the statement is signed again. */
@Singleton
@Named("extendAccess")
class ExtendAccess implements JavaDelegate {

    private final AccessGrantSteps steps;

    ExtendAccess(AccessGrantSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        AccessGrant grant = steps.grant(execution);
        LocalDate newEnd = steps.endDate(execution, AccessGrantProcess.VAR_NEW_END_DATE);
        String newTerms = FormValues.text(execution, AccessGrantProcess.VAR_SPECIFIC_TERMS);
        boolean termsChanged = newTerms != null && !Objects.equals(newTerms, grant.getSpecificTerms());
        grant.extend(newEnd, termsChanged ? newTerms : null);
        steps.setTimers(execution, newEnd);
        execution.setVariable(AccessGrantProcess.VAR_TERMS_CHANGED, termsChanged);
        // The terms field is the review's own: a later review must not find this one's text.
        execution.removeVariable(AccessGrantProcess.VAR_SPECIFIC_TERMS);
        steps.save(grant, "ACCESS_EXTENDED", Actor.of(execution), "until " + EngineClock.ukDate(newEnd)
                + (termsChanged ? ", with new terms to sign" : ""));
    }
}
