package uk.gov.council.socialgov.harassment;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Groups;

import java.util.Optional;
import java.util.UUID;

/** Who may read a harassment report (ROLES.md): the councillor it is about and the Monitoring Officer and deputy; nobody excluded. */
@Singleton
class HarassmentNeedToKnow {

    private final HarassmentStore store;
    private final CaseExclusions exclusions;

    HarassmentNeedToKnow(HarassmentStore store, CaseExclusions exclusions) {
        this.store = store;
        this.exclusions = exclusions;
    }

    Optional<HarassmentReport> readableBy(UUID id, CurrentUser user) {
        return store.find(id)
                .filter(report -> report.member().equals(user.username()) || user.isIn(Groups.MONITORING_OFFICER))
                .filter(report -> !exclusions.isExcluded(HarassmentProcess.CASE_KIND, id.toString(), user.username()));
    }
}
