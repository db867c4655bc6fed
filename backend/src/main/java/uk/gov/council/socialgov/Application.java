package uk.gov.council.socialgov;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import uk.gov.council.socialgov.audit.AuditVerifierCommand;
import uk.gov.council.socialgov.database.EmbeddedPostgresException;

@OpenAPIDefinition(info = @Info(
        title = "SocialGov",
        version = "0.1",
        description = "Workflow and case management for the council's social media policy"))
public class Application extends Micronaut {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals(AuditVerifierCommand.NAME)) {
            try (ApplicationContext context = ApplicationContext.builder(Application.class).args(args).start()) {
                System.exit(AuditVerifierCommand.run(context, System.out));
            }
        }
        new Application().mainClass(Application.class).args(args).start();
    }

    /** A problem the person starting SocialGov can fix gets one plain sentence, not a stack trace. */
    @Override
    protected void handleStartupException(Environment environment, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof EmbeddedPostgresException fixable) {
                System.err.println("SocialGov did not start: " + fixable.getMessage());
                System.exit(1);
            }
        }
        super.handleStartupException(environment, failure);
    }
}
