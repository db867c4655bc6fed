package uk.gov.council.socialgov.testing;

import uk.gov.council.socialgov.web.InvalidRequestException;

/** The refusal a process step raised, whether the engine passed it on as it was (service task) or wrapped it (task listener). */
public final class Refusals {

    private Refusals() {
    }

    public static InvalidRequestException of(Runnable command) {
        try {
            command.run();
        } catch (RuntimeException e) {
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof InvalidRequestException refused) {
                    return refused;
                }
            }
            throw e;
        }
        throw new AssertionError("The step was not refused");
    }
}
