package uk.gov.council.socialgov.cases;

import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;
import java.util.Set;

/**
 * A kind of case, declared once by the feature that owns it: the name used in URLs, process
 * variables and the audit trail; the prefix of its references; the process that runs it; which
 * caseworking groups read all of its cases; whether its tasks' emails may name the case.
 *
 * @param name            e.g. {@code account-request}
 * @param referencePrefix e.g. {@code AR}, giving references such as AR-2026-0042
 * @param referenceDigits how many digits the number is padded to
 * @param processKey      the BPMN process id
 * @param readers         the groups among HR and the Monitoring Officer that read every case of this kind
 *                        (see {@link uk.gov.council.socialgov.identity.CaseKindReaders}); none unless stated
 * @param namedInEmails   whether task emails may give the task's name and the case's reference and
 *                        title; false unless stated, so no case content reaches a mailbox by default
 */
public record CaseKind(String name, String referencePrefix, int referenceDigits, String processKey,
                       Set<String> readers, boolean namedInEmails) {

    public CaseKind(String name, String referencePrefix, int referenceDigits, String processKey) {
        this(name, referencePrefix, referenceDigits, processKey, Set.of(), false);
    }

    public CaseKind(String name, String referencePrefix, String processKey) {
        this(name, referencePrefix, 4, processKey);
    }

    /** This kind, read in full by these groups. */
    public CaseKind readBy(String... groups) {
        return new CaseKind(name, referencePrefix, referenceDigits, processKey, Set.of(groups), namedInEmails);
    }

    /** This kind, with its tasks' emails naming the case. */
    public CaseKind nameInEmails() {
        return new CaseKind(name, referencePrefix, referenceDigits, processKey, readers, true);
    }

    /** The reference of the case with this number, opened at {@code at}: prefix, year in the UK, number. */
    public String reference(Instant at, long number) {
        String padded = String.valueOf(number);
        padded = "0".repeat(Math.max(0, referenceDigits - padded.length())) + padded;
        return referencePrefix + "-" + at.atZone(EngineClock.UK).getYear() + "-" + padded;
    }
}
