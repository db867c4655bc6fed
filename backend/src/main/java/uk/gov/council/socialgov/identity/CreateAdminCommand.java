package uk.gov.council.socialgov.identity;

import io.micronaut.context.ApplicationContext;

import java.io.PrintStream;

/**
 * {@code java -jar socialgov-backend.jar create-admin USERNAME EMAIL}: creates (or re-enables) an
 * administrator on whatever database is configured, without starting the web server, and prints a
 * one-time password that must be changed at the first sign-in. Exits 0 when done, 64 on wrong use.
 */
public final class CreateAdminCommand {

    public static final String NAME = "create-admin";

    private CreateAdminCommand() {
    }

    public static int run(ApplicationContext context, String[] args, PrintStream out) {
        if (args.length != 3) {
            out.println("Use: create-admin USERNAME EMAIL");
            return 64;
        }
        try {
            String password = context.getBean(FirstAdministrator.class).create(args[1].strip().toLowerCase(java.util.Locale.ROOT),
                    args[2].strip());
            out.println("Administrator " + args[1] + " can now sign in with this one-time password, and must then choose their own:");
            out.println(password);
            return 0;
        } catch (IllegalArgumentException wrong) {
            out.println(wrong.getMessage());
            return 64;
        }
    }
}
