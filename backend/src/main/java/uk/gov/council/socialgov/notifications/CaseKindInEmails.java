package uk.gov.council.socialgov.notifications;

/**
 * A kind of case as task emails see it: whether an email may name the task and the case's reference
 * and title. Each kind says so where it is declared; a kind that does not is never named.
 */
public interface CaseKindInEmails {

    /** The kind's name, as the case's process variables carry it. */
    String name();

    /** Whether task emails may name the task and the case. */
    boolean namedInEmails();
}
