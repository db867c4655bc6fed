package uk.gov.council.socialgov.cases;

import uk.gov.council.socialgov.database.Sql;

import java.util.List;

/**
 * The records a feature keeps for one case of a kind, which the kind's disposal destroys at the end of its retention.
 * Every {@link CaseType} is one; a kind without a case page (a certification campaign) provides only this.
 */
public interface CaseRecords {

    /** The kind, as the retention schedule and process variables name it, e.g. {@code access-certification}. */
    String name();

    /**
     * Deletes the case's own records (its rows in the feature's tables) and says what went, one entry per table with
     * a hash, for the tombstone. Documents, evidence, engine history and emails are disposed of by the shared disposal.
     */
    List<Sql.Deleted> destroyRecords(String caseId);
}
