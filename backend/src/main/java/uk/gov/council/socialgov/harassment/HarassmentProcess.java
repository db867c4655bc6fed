package uk.gov.council.socialgov.harassment;

import uk.gov.council.socialgov.cases.CaseKind;
import uk.gov.council.socialgov.identity.Groups;

/** Names shared by processes/member-harassment-report.bpmn, its forms and the code that drives it. */
final class HarassmentProcess {

    static final String KEY = "member-harassment-report";
    static final String CASE_KIND = "member-harassment-report";
    static final CaseKind CASE = new CaseKind(CASE_KIND, "MH", KEY).readBy(Groups.MONITORING_OFFICER);
    static final String VAR_MEMBER = "member";
    static final String VAR_IMMEDIATE_DANGER = "immediateDanger";
    static final String VAR_URGENT_DUE_AT = "urgentDueAt";
    static final String VAR_TRIAGE_DUE_AT = "triageDueAt";
    static final String VAR_FOLLOW_UP_AT = "followUpAt";
    /** The retention table's inputs (processes/retention.dmn). */
    static final String VAR_SUBJECT_KIND = "subjectKind";
    static final String VAR_OUTCOME = "outcome";
    static final String VAR_REFERRED_TO_POLICE = "referredToPolice";

    private HarassmentProcess() {
    }
}
