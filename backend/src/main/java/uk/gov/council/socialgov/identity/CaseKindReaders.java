package uk.gov.council.socialgov.identity;

import java.util.Set;

/**
 * A kind of case as group grants see it: which of the groups that read only the kinds naming them
 * (HR, the Monitoring Officer) read every case of it. Each kind of case says so where it is declared,
 * so a new kind is read by neither until it says otherwise.
 */
public interface CaseKindReaders {

    /** The kind's name, as exclusions record it. */
    String name();

    /** Those of HR and the Monitoring Officer who read every case of this kind. */
    Set<String> readers();
}
