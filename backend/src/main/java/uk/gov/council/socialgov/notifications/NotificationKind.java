package uk.gov.council.socialgov.notifications;

/** Why someone was sent a message. */
public enum NotificationKind {
    TASK_OFFERED, TASK_ASSIGNED, TASK_REMINDER, TASK_ESCALATED, DECISION, ACCESS_ENDING, EMERGENCY, DIGEST, CASE_NOTICE
}
