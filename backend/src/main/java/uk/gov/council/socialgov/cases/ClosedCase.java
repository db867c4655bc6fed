package uk.gov.council.socialgov.cases;

import io.micronaut.core.annotation.Nullable;

import java.util.List;

/**
 * A case that has just closed, with what the retention schedule ({@code processes/retention.dmn}) decides on.
 *
 * @param kind        the kind of case, e.g. {@code access-grant}
 * @param kindLabel   what the schedule calls it, e.g. "Access to corporate accounts"
 * @param subjectKind {@code EMPLOYEE} or {@code MEMBER} where the case is about a person, else null
 * @param outcome     the case's final status or outcome code, kept on the tombstone as its outcome category
 * @param involved    the usernames the case is by or about: they never see or act on its disposal
 */
public record ClosedCase(String kind, String caseId, String reference, String kindLabel, @Nullable String subjectKind,
                         String outcome, boolean referredToPolice, List<String> involved) {
}
