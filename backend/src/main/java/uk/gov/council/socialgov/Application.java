package uk.gov.council.socialgov;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import uk.gov.council.socialgov.audit.AuditVerifierCommand;
import uk.gov.council.socialgov.database.StartupProblem;
import uk.gov.council.socialgov.identity.CreateAdminCommand;

import java.util.Map;

@OpenAPIDefinition(info = @Info(
        title = "SocialGov",
        version = "0.1",
        description = "Workflow and case management for the council's social media policy"))
public class Application extends Micronaut {

    /** Shared by every node of one installation, so a session signed by one is accepted by the others. */
    private static final String SIGNING_SECRET = "SOCIALGOV_SIGNING_SECRET";
    private static final String JWT_SECRET = "micronaut.security.token.jwt.signatures.secret.generator.secret";

    public static void main(String[] args) {
        if (args.length > 0 && (args[0].equals(AuditVerifierCommand.NAME) || args[0].equals(CreateAdminCommand.NAME))) {
            int status;
            try (ApplicationContext context = ApplicationContext.builder(Application.class).args(args).start()) {
                status = args[0].equals(AuditVerifierCommand.NAME) ? AuditVerifierCommand.run(context, System.out)
                        : CreateAdminCommand.run(context, args, System.out);
            }
            System.exit(status); // after the context has closed, so the embedded database is stopped in order
        }
        Application application = new Application();
        String signingSecret = System.getenv(SIGNING_SECRET);
        if (signingSecret != null && !signingSecret.isBlank()) {
            // Set here because a placeholder cannot default to another placeholder (${A:${random.uuid}}
            // resolves to A's value with a random tail), which gave every node its own secret.
            application.properties(Map.of(JWT_SECRET, signingSecret));
        }
        application.mainClass(Application.class).args(args).start();
    }

    /** A problem the person starting SocialGov can fix gets one plain sentence, not a stack trace. */
    @Override
    protected void handleStartupException(Environment environment, Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StartupProblem fixable) {
                System.err.println("SocialGov did not start: " + fixable.getMessage());
                System.exit(1);
            }
        }
        super.handleStartupException(environment, failure);
    }
}
