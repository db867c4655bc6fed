package uk.gov.council.socialgov.cases;

import java.util.List;

/**
 * What is kept on a case beside its own record (its documents, the posts kept as evidence), for a
 * subject access request: each as a field the request shows. Read-only.
 */
public interface CaseContents {

    /** What is kept on this case, as fields; none when nothing is. */
    List<PersonalRecords.Field> on(String caseType, String caseId);
}
