package uk.gov.council.socialgov.identity;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;

/** What an administrator changes in the directory by hand, between HR exports. */
@Singleton
class DirectoryAdministration {

    private final DirectoryStore directory;
    private final Leavers leavers;

    DirectoryAdministration(DirectoryStore directory, Leavers leavers) {
        this.directory = directory;
        this.leavers = leavers;
    }

    /** Records the person's leaving date; at 9am that day (at once when it has passed) they leave. */
    @Transactional
    void leaveOn(String username, LocalDate leavingDate, CurrentUser admin) {
        directory.find(username).orElseThrow(() -> new NotFoundException("There is nobody in the directory with that username who has not left"));
        directory.setLeavingDate(username, leavingDate, EngineClock.now());
        leavers.leaveOn(username, leavingDate, admin.username());
    }
}
