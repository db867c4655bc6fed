package uk.gov.council.socialgov.investigations;

import uk.gov.council.socialgov.cases.CaseKind;
import uk.gov.council.socialgov.identity.Groups;

/** Names shared by processes/breach-investigation.bpmn, its forms and the code that drives it. */
final class BreachInvestigationProcess {

    static final String KEY = "breach-investigation";
    static final String CASE_KIND = "breach-investigation";
    static final CaseKind CASE = new CaseKind(CASE_KIND, "BI", KEY).readBy(Groups.HR, Groups.MONITORING_OFFICER);
    static final String VAR_SUBJECT_KIND = "subjectKind";
    static final String VAR_INVESTIGATOR = "investigator";
    static final String VAR_INVESTIGATION_DUE = "investigationDue";
    static final String VAR_INVESTIGATION_DUE_AT = "investigationDueAt";
    /** The DMN's inputs, set by whichever step ends the case. */
    static final String VAR_OUTCOME = "outcome";
    static final String VAR_REFERRED_TO_POLICE = "referredToPolice";
    static final String VAR_CRIME_REFERENCE = "crimeReference";
    static final String VAR_OUTCOME_DETAIL = "outcomeDetail";

    private BreachInvestigationProcess() {
    }
}
