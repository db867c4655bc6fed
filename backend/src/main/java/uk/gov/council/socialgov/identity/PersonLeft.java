package uk.gov.council.socialgov.identity;

import java.time.LocalDate;

/**
 * Someone left the council (HR's export or an administrator said so, and their leaving day has come).
 * Published inside the transaction that ended their sign-in, after {@link GroupsRemoved}, so features
 * that gave them access end it in the same commit. {@code by} is who recorded the leaving, or
 * {@code system} when it took effect on its date.
 */
public record PersonLeft(String username, LocalDate leavingDate, String by) {

    /** In {@code person-leaving.bpmn}: the username of the person leaving. */
    public static final String VAR_LEAVER = "username";
    /** In {@code person-leaving.bpmn}: their leaving date (ISO text) once they have left, the day their periods ended. */
    public static final String VAR_LEAVING_DATE = "leavingDate";
    /** In {@code person-leaving.bpmn}: who takes over their personal steps, their line manager, or null for the communications team. */
    public static final String VAR_TAKES_OVER = "lineManager";
}
