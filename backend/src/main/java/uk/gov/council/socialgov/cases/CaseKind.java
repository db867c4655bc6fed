package uk.gov.council.socialgov.cases;

import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;

/**
 * A kind of case, declared once by the feature that owns it: the name used in URLs, process
 * variables and the audit trail; the prefix of its references; the process that runs it.
 *
 * @param name            e.g. {@code account-request}
 * @param referencePrefix e.g. {@code AR}, giving references such as AR-2026-0042
 * @param referenceDigits how many digits the number is padded to
 * @param processKey      the BPMN process id
 */
public record CaseKind(String name, String referencePrefix, int referenceDigits, String processKey) {

    public CaseKind(String name, String referencePrefix, String processKey) {
        this(name, referencePrefix, 4, processKey);
    }

    /** The reference of the case with this number, opened at {@code at}: prefix, year in the UK, number. */
    public String reference(Instant at, long number) {
        String padded = String.valueOf(number);
        padded = "0".repeat(Math.max(0, referenceDigits - padded.length())) + padded;
        return referencePrefix + "-" + at.atZone(EngineClock.UK).getYear() + "-" + padded;
    }
}
