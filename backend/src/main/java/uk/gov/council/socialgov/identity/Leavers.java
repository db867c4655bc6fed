package uk.gov.council.socialgov.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * People leaving the council (policy D 2.3). On the leaving date at 9am UK time (at once when that has
 * passed) their sign-in ends, they leave every group, so their claimed tasks go back to the group, and
 * {@link PersonLeft} tells the features that gave them access. A date still to come waits in
 * {@code person-leaving.bpmn}, replaced when HR changes it.
 */
@Singleton
class Leavers {

    static final String PROCESS_KEY = "person-leaving";
    static final String VAR_USERNAME = "username";
    static final String VAR_LEAVE_AT = "leaveAt";
    static final LocalTime LEAVING_TIME = LocalTime.of(9, 0);

    private final DirectoryStore directory;
    private final UserStore users;
    private final Sessions sessions;
    private final RuntimeService runtime;
    private final ApplicationEventPublisher<IdentityEvent> events;
    private final ApplicationEventPublisher<GroupsRemoved> removals;
    private final ApplicationEventPublisher<PersonLeft> departures;

    Leavers(DirectoryStore directory, UserStore users, Sessions sessions, RuntimeService runtime,
            ApplicationEventPublisher<IdentityEvent> events, ApplicationEventPublisher<GroupsRemoved> removals,
            ApplicationEventPublisher<PersonLeft> departures) {
        this.directory = directory;
        this.users = users;
        this.sessions = sessions;
        this.runtime = runtime;
        this.events = events;
        this.removals = removals;
        this.departures = departures;
    }

    /** When someone leaving on this day leaves: 9am UK time. */
    static Instant leavingMoment(LocalDate leavingDate) {
        return leavingDate.atTime(LEAVING_TIME).atZone(EngineClock.UK).toInstant();
    }

    /** Records that the person leaves on this date: at once when its 9am has passed, otherwise then. */
    @Transactional
    void leaveOn(String username, LocalDate leavingDate, String by) {
        cancel(username);
        Instant at = leavingMoment(leavingDate);
        if (at.isAfter(EngineClock.now())) {
            runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(username),
                    Map.of(VAR_USERNAME, username, VAR_LEAVE_AT, Date.from(at)));
            events.publishEvent(new IdentityEvent(IdentityEvent.LEAVING_DATE_SET, by, username, "leaving " + leavingDate));
        } else {
            leave(username, by);
        }
    }

    /** Withdraws a leaving date still to come (HR corrected the export). */
    @Transactional
    void cancel(String username) {
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(businessKey(username))
                .list().forEach(waiting -> runtime.deleteProcessInstance(waiting.getId(), "The leaving date changed", true, true));
    }

    /** Ends the person's sign-in, groups and access now; nothing when they have already left. */
    @Transactional
    void leave(String username, String by) {
        DirectoryEntry person = directory.find(username).orElse(null);
        if (person == null || !directory.markLeft(username, EngineClock.now())) {
            return;
        }
        if (users.existsById(username)) {
            users.disable(username);
            sessions.end(username);
            var groups = new HashSet<>(users.findGroups(username));
            groups.forEach(group -> users.removeGroup(username, group));
            if (!groups.isEmpty()) {
                removals.publishEvent(new GroupsRemoved(username, Set.copyOf(groups), by));
            }
        }
        events.publishEvent(new IdentityEvent(IdentityEvent.PERSON_LEFT, by, username, null));
        LocalDate leavingDate = person.leavingDate() == null ? EngineClock.today() : person.leavingDate();
        departures.publishEvent(new PersonLeft(username, leavingDate, by));
    }

    private static String businessKey(String username) {
        return "leaving:" + username;
    }
}
