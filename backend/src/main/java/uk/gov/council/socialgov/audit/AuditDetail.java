package uk.gov.council.socialgov.audit;

import io.micronaut.core.annotation.Nullable;

/**
 * The rule for an audit row's detail (decision 0028): identifiers, references, usernames, step
 * names, codes and labels, counts, dates, SHA-256 hashes and platform names, never case content.
 * Code cannot tell a reason from a label, so the rule is kept by each call site (and
 * {@code AuditHoldsNoCaseContentIntegrationTest} walks the main paths to prove it); this check refuses
 * what case content often looks like and no detail ever needs: a web address, more than one line, or
 * more than {@link #MAXIMUM_LENGTH} characters.
 */
public final class AuditDetail {

    /**
     * The longest detail written is a registry account added with a 200-character name and department
     * (about 530); a statement or a letter someone pastes in does not fit.
     */
    public static final int MAXIMUM_LENGTH = 600;

    /** What a detail removed from a row written before decision 0028 says instead. */
    public static final String REMOVED = "Detail removed under decision 0028";

    private AuditDetail() {
    }

    /** Whether {@code detail} keeps the rule's checks (null does). */
    public static boolean allowed(@Nullable String detail) {
        return problem(detail) == null;
    }

    static void require(String action, @Nullable String detail) {
        String problem = problem(detail);
        if (problem != null) {
            throw new IllegalArgumentException("The audit detail of " + action + " " + problem
                    + ": details hold identifiers, codes, counts, dates and hashes, never case content (decision 0028)");
        }
    }

    private static String problem(@Nullable String detail) {
        if (detail == null) {
            return null;
        }
        if (detail.length() > MAXIMUM_LENGTH) {
            return "is " + detail.length() + " characters long, more than " + MAXIMUM_LENGTH;
        }
        if (detail.contains("://")) {
            return "contains a web address";
        }
        if (detail.indexOf('\n') >= 0 || detail.indexOf('\r') >= 0) {
            return "contains a line break";
        }
        return null;
    }
}
