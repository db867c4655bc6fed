package uk.gov.council.socialgov.harassment;

import java.util.Arrays;
import java.util.Optional;

/** The actions triage can start, each a task with its own due date, keyed by the BPMN step that records it. */
enum HarassmentAction {
    GROUP_LEADER("Group leader told", "ServiceTask_RecordGroupLeader"),
    POLICE("Referred to the police", "ServiceTask_RecordPolice"),
    PLATFORM("Reported or blocked on the platform", "ServiceTask_RecordPlatform"),
    SAFETY("Personal-safety measures", "ServiceTask_RecordSafety"),
    WELLBEING("Wellbeing support", "ServiceTask_RecordWellbeing");

    private final String label;
    private final String recordedBy;

    HarassmentAction(String label, String recordedBy) {
        this.label = label;
        this.recordedBy = recordedBy;
    }

    String label() {
        return label;
    }

    static Optional<HarassmentAction> recordedAt(String activityId) {
        return Arrays.stream(values()).filter(action -> action.recordedBy.equals(activityId)).findFirst();
    }
}
