package uk.gov.council.socialgov.cases;

/**
 * Whether a legal hold is in force on a case (policy D 5.6: a request for information, a claim, an
 * appeal). A closed case under a hold still takes documents, notes and evidence; the retention
 * feature, which places and releases holds, answers.
 */
public interface CaseHolds {

    boolean held(String caseType, String caseId);
}
