package uk.gov.council.socialgov.audit;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/**
 * The rule for an audit row's detail (decision 0028): identifiers, references, usernames, step
 * names, codes and labels, counts, dates, SHA-256 hashes and platform names, never case content.
 * Code cannot tell a reason from a label, so the rule is kept by each call site; this check refuses
 * what case content usually looks like and no detail ever needs: a web address, more than one line
 * or control characters, or more than {@link #MAXIMUM_LENGTH} characters.
 */
public final class AuditDetail {

    /** Room for a step name, two usernames, a date and a SHA-256; a paragraph someone wrote does not fit. */
    public static final int MAXIMUM_LENGTH = 200;

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
        String lower = detail.toLowerCase(Locale.ROOT);
        if (lower.contains("://") || lower.contains("www.")) {
            return "contains a web address";
        }
        if (detail.chars().anyMatch(Character::isISOControl)) {
            return "contains a line break or a control character";
        }
        return null;
    }
}
