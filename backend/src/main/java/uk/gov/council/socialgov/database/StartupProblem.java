package uk.gov.council.socialgov.database;

/** A problem the person starting SocialGov can fix; the message says what to do, in one plain sentence or two. */
public class StartupProblem extends RuntimeException {

    public StartupProblem(String message) {
        super(message);
    }

    public StartupProblem(String message, Throwable cause) {
        super(message, cause);
    }
}
