package uk.gov.council.socialgov.harassment;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.FormValues;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/** "Record the risk level and actions": the actions chosen each start a task; the councillor is asked how things are two weeks later. */
@Singleton
@Named("recordHarassmentTriage")
class RecordHarassmentTriage implements JavaDelegate {

    static final List<String> ACTIONS = List.of("actGroupLeader", "actPolice", "actPlatform", "actSafety", "actWellbeing");

    private final HarassmentSteps steps;
    private final HarassmentSettings settings;

    RecordHarassmentTriage(HarassmentSteps steps, HarassmentSettings settings) {
        this.steps = steps;
        this.settings = settings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HarassmentReport report = steps.report(execution);
        RiskLevel risk;
        try {
            risk = RiskLevel.valueOf(String.valueOf(execution.getVariable("riskLevel")));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("riskLevel", "Select the risk to the councillor");
        }
        List<String> chosen = new ArrayList<>();
        for (String action : ACTIONS) {
            boolean yes = Boolean.TRUE.equals(execution.getVariable(action));
            execution.setVariable(action, yes);
            if (yes) {
                chosen.add(action);
            }
        }
        steps.store().triaged(report.id(), risk, FormValues.text(execution, "triageNotes"));
        execution.setVariable(HarassmentProcess.VAR_FOLLOW_UP_AT, Date.from(EngineClock.now().plus(Duration.ofDays(settings.followUpDays()))));
        steps.audit(report, "HARASSMENT_TRIAGED", Actor.of(execution), "Risk " + risk.label().toLowerCase() + "; "
                + (chosen.isEmpty() ? "no actions" : chosen.size() + " actions"));
    }
}
