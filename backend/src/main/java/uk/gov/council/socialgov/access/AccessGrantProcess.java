package uk.gov.council.socialgov.access;

import uk.gov.council.socialgov.cases.CaseKind;

/** Names shared by processes/access-grant.bpmn, its forms and the code that drives it. */
final class AccessGrantProcess {

    static final String KEY = "access-grant";
    static final String CASE_KIND = "access-grant";
    static final CaseKind CASE = new CaseKind(CASE_KIND, "AG", KEY);
    static final String VAR_GRANTEE = "grantee";
    static final String VAR_LINE_MANAGER = "lineManager";
    static final String VAR_PROVISIONED = "provisioned";
    static final String VAR_REASON = "reason";
    static final String VAR_AGREED_END_DATE = "agreedEndDate";
    static final String VAR_NEW_END_DATE = "newEndDate";
    static final String VAR_SPECIFIC_TERMS = "specificTerms";
    static final String VAR_TERMS_CHANGED = "termsChanged";
    /** When the grantee is reminded, when the review starts, and when an unreviewed grant is removed. */
    static final String VAR_REMIND_AT = "remindAt";
    static final String VAR_ENDS_AT = "endsAt";
    static final String VAR_REMOVE_UNREVIEWED_AT = "removeUnreviewedAt";
    static final String MESSAGE_REMOVED_EARLY = "AccessRemovedEarly";

    private AccessGrantProcess() {
    }
}
