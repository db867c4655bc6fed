package uk.gov.council.socialgov.investigations;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;

import java.util.Optional;
import java.util.UUID;

/**
 * Who may read a breach case (ROLES.md): HR for employees, the Monitoring Officer for councillors,
 * and the appointed investigator; never anyone excluded, which includes the reporter and the subject.
 */
@Singleton
class NeedToKnow {

    private final BreachCaseStore store;
    private final CaseExclusions exclusions;

    NeedToKnow(BreachCaseStore store, CaseExclusions exclusions) {
        this.store = store;
        this.exclusions = exclusions;
    }

    Optional<BreachCase> readableBy(UUID id, CurrentUser user) {
        return store.find(id)
                .filter(found -> user.isIn(found.subjectKind().group()) || user.username().equals(found.investigator()))
                .filter(found -> !found.involves(user.username()))
                .filter(found -> !exclusions.isExcluded(BreachInvestigationProcess.CASE_KIND, id.toString(), user.username()));
    }
}
