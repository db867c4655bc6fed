package uk.gov.council.socialgov.database;

/** Start-up of the embedded database failed; the message tells the person starting SocialGov what to do. */
public class EmbeddedPostgresException extends StartupProblem {

    public EmbeddedPostgresException(String message) {
        super(message);
    }

    public EmbeddedPostgresException(String message, Throwable cause) {
        super(message, cause);
    }
}
