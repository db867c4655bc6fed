package uk.gov.council.socialgov.harassment;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.FormValues;

import java.time.LocalDate;
import java.util.UUID;

/**
 * "Record what was done" after each action triage started, in words the councillor can read. For
 * the group leader only who was told and when is kept: they are told the fact, not the content.
 */
@Singleton
@Named("recordHarassmentAction")
class RecordHarassmentAction implements JavaDelegate {


    private final HarassmentSteps steps;

    RecordHarassmentAction(HarassmentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HarassmentReport report = steps.report(execution);
        HarassmentAction action = HarassmentAction.recordedAt(execution.getCurrentActivityId())
                .orElseThrow(() -> new IllegalStateException("No action is recorded at " + execution.getCurrentActivityId()));
        String detail = switch (action) {
            case GROUP_LEADER -> "Told " + FormValues.text(execution, "groupLeaderName") + " on " + date(execution, "toldOn");
            case POLICE -> {
                execution.setVariable(HarassmentProcess.VAR_REFERRED_TO_POLICE, true);
                yield "Referred on " + date(execution, "referredOn") + ", crime reference " + FormValues.text(execution, "crimeReference");
            }
            case PLATFORM -> platform(execution);
            case SAFETY -> FormValues.text(execution, "safetyMeasures");
            case WELLBEING -> FormValues.text(execution, "wellbeingSupport");
        };
        String by = Actor.of(execution);
        steps.store().addAction(report.id(), new HarassmentStore.Action(UUID.randomUUID(), action, detail, by, EngineClock.now()));
        steps.audit(report, "HARASSMENT_ACTION_DONE", by, action.label());
    }

    private static String platform(DelegateExecution execution) {
        String done = switch (String.valueOf(execution.getVariable("platformAction"))) {
            case "reported" -> "Reported to the platform";
            case "blocked" -> "Blocked from the council's accounts";
            case "reportedAndBlocked" -> "Reported to the platform and blocked from the council's accounts";
            default -> "Neither reporting nor blocking was possible";
        };
        String notes = FormValues.text(execution, "platformNotes");
        return notes == null ? done : done + ". " + notes;
    }

    private static String date(DelegateExecution execution, String field) {
        return EngineClock.ukDate(LocalDate.parse(String.valueOf(execution.getVariable(field))));
    }
}
