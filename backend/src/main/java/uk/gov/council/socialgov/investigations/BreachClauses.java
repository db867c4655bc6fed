package uk.gov.council.socialgov.investigations;

import io.micronaut.serde.annotation.Serdeable;

import java.util.List;
import java.util.Optional;

/** The checklist a report picks from: what the policy says employees (B 1.4, B 3.7) and Members (C 2.5-2.12) must not do. */
final class BreachClauses {

    @Serdeable
    record Clause(String code, SubjectKind subjectKind, String reference, String label) {
    }

    static final List<Clause> ALL = List.of(
            new Clause("B1.4-abuse", SubjectKind.EMPLOYEE, "B 1.4", "Abusive or threatening behaviour"),
            new Clause("B1.4-discrimination", SubjectKind.EMPLOYEE, "B 1.4", "Comments or material that may be regarded as discriminatory"),
            new Clause("B1.4-false", SubjectKind.EMPLOYEE, "B 1.4", "False or misleading statements that could harm the council's reputation"),
            new Clause("B1.4-crime", SubjectKind.EMPLOYEE, "B 1.4", "Inciting or supporting somebody to commit a crime or other unlawful act"),
            new Clause("B3.7-derogatory", SubjectKind.EMPLOYEE, "B 3.7", "Derogatory comments or bullying, including by liking or sharing"),
            new Clause("B3.7-photographs", SubjectKind.EMPLOYEE, "B 3.7", "Photographs that have the same effect"),
            new Clause("C2.5", SubjectKind.MEMBER, "C 2.5", "Sharing confidential information"),
            new Clause("C2.6", SubjectKind.MEMBER, "C 2.6", "Appearing to commit the council to a course of action"),
            new Clause("C2.7", SubjectKind.MEMBER, "C 2.7", "Posting about cases they are working on"),
            new Clause("C2.8", SubjectKind.MEMBER, "C 2.8", "Disclosing other people's personal details"),
            new Clause("C2.9", SubjectKind.MEMBER, "C 2.9", "Posting misleading or inaccurate information"),
            new Clause("C2.10", SubjectKind.MEMBER, "C 2.10", "Using the council's logo or material on a personal account"),
            new Clause("C2.12", SubjectKind.MEMBER, "C 2.11, 2.12", "Bringing the council into disrepute, offensive comments or bullying"));

    private BreachClauses() {
    }

    static Optional<Clause> find(String code) {
        return ALL.stream().filter(clause -> clause.code().equals(code)).findFirst();
    }
}
