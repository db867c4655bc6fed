package uk.gov.council.socialgov.audit;

import io.micronaut.context.ApplicationContext;

import java.io.PrintStream;

/**
 * {@code java -jar socialgov-backend.jar verify-audit}: checks the audit trail without starting the
 * web server, prints the result, and exits 0 when intact, 2 when a row is broken.
 */
public final class AuditVerifierCommand {

    public static final String NAME = "verify-audit";

    private AuditVerifierCommand() {
    }

    public static int run(ApplicationContext context, PrintStream out) {
        AuditVerifier.Verification result = context.getBean(AuditVerifier.class).verify();
        out.println(result.message());
        return result.intact() ? 0 : 2;
    }
}
