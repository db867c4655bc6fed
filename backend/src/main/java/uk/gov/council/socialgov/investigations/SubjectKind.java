package uk.gov.council.socialgov.investigations;

import uk.gov.council.socialgov.identity.Groups;

/** Whom a report is about, which decides who deals with it (PROCESSES.md P4 routing). */
enum SubjectKind {
    EMPLOYEE("An employee", Groups.HR, "Breach investigation (employee)"),
    MEMBER("A councillor", Groups.MONITORING_OFFICER, "Breach investigation (councillor)");

    private final String label;
    private final String group;
    private final String caseKindLabel;

    SubjectKind(String label, String group, String caseKindLabel) {
        this.label = label;
        this.group = group;
        this.caseKindLabel = caseKindLabel;
    }

    String label() {
        return label;
    }

    /** The group that deals with, and may read, these cases. */
    String group() {
        return group;
    }

    String caseKindLabel() {
        return caseKindLabel;
    }
}
