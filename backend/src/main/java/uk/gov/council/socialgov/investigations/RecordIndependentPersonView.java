package uk.gov.council.socialgov.investigations;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.FormValues;

import java.time.LocalDate;

/** "Record the view" of the Independent Person, which comes before any decision on an investigated allegation. */
@Singleton
@Named("recordIndependentPersonView")
class RecordIndependentPersonView implements JavaDelegate {

    private final BreachSteps steps;

    RecordIndependentPersonView(BreachSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        BreachCase found = steps.breachCase(execution);
        String by = Actor.of(execution);
        String given = EngineClock.ukDate(LocalDate.parse(String.valueOf(execution.getVariable("consultedOn"))));
        steps.store().independentPersonView(found.id(), FormValues.text(execution, "independentPersonView"));
        steps.record(found, "INDEPENDENT_PERSON_VIEW_RECORDED", by, "Given on " + given);
    }
}
