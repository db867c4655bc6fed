package uk.gov.council.socialgov.harassment;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.FormValues;

/** "Record the councillor's answer" two weeks after triage, for the Monitoring Officer's decision to close or act again. */
@Singleton
@Named("recordHarassmentFollowUp")
class RecordHarassmentFollowUp implements JavaDelegate {

    private final HarassmentSteps steps;

    RecordHarassmentFollowUp(HarassmentSteps steps) {
        this.steps = steps;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HarassmentReport report = steps.report(execution);
        String feeling = switch (String.valueOf(execution.getVariable("followUpFeeling"))) {
            case "better" -> "Things are better";
            case "worse" -> "Things are worse";
            default -> "Things are about the same";
        };
        String help = "yes".equals(execution.getVariable("moreHelp")) ? "needs more help" : "does not need more help";
        String comments = FormValues.text(execution, "followUpComments");
        String answer = feeling + "; " + help + (comments == null ? "" : ". " + comments);
        steps.store().followedUp(report.id(), answer);
        steps.audit(report, "HARASSMENT_FOLLOWED_UP", Actor.of(execution), feeling + "; " + help);
    }
}
