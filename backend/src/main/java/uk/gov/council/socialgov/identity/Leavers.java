package uk.gov.council.socialgov.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * People leaving the council (policy D 2.3), through {@code person-leaving.bpmn}. On the leaving date at
 * 9am UK time (at once when that has passed) their sign-in ends, they leave every group, so their
 * claimed tasks go back to the group, and {@link PersonLeft} tells the features that gave them access;
 * then the process hands on their personal steps and raises the password and new-owner tasks of the
 * accounts they could post from or owned. A date still to come waits at the process's timer, replaced
 * when HR changes it.
 */
@Singleton
class Leavers {

    static final String PROCESS_KEY = "person-leaving";
    static final String VAR_USERNAME = PersonLeft.VAR_LEAVER;
    static final String VAR_LEAVE_AT = "leaveAt";
    static final String VAR_RECORDED_BY = "leavingRecordedBy";
    static final String VAR_STILL_TO_COME = "leavingDateToCome";
    static final String VAR_HAS_LEFT = "hasLeft";
    static final String VAR_LINE_MANAGER = PersonLeft.VAR_TAKES_OVER;
    static final String VAR_LEAVING_DATE = PersonLeft.VAR_LEAVING_DATE;
    static final String WAITING_AT = "TimerEvent_LeavingDay";
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

    /**
     * Records that the person leaves on this date: at once when its 9am has passed (the process runs
     * through to its tasks in this transaction), otherwise then.
     */
    @Transactional
    void leaveOn(String username, LocalDate leavingDate, String by) {
        cancel(username);
        Instant at = leavingMoment(leavingDate);
        boolean toCome = at.isAfter(EngineClock.now());
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_USERNAME, username);
        variables.put(VAR_LEAVE_AT, Date.from(toCome ? at : EngineClock.now()));
        variables.put(VAR_STILL_TO_COME, toCome);
        variables.put(VAR_RECORDED_BY, by);
        if (toCome) {
            events.publishEvent(new IdentityEvent(IdentityEvent.LEAVING_DATE_SET, by, username, "leaving " + leavingDate));
        }
        runtime.startProcessInstanceByKey(PROCESS_KEY, businessKey(username), variables);
    }

    /**
     * Withdraws a leaving date still to come (HR corrected the export). Only a process still waiting
     * for the day goes: the tasks of someone who has left stay until they are done.
     */
    @Transactional
    void cancel(String username) {
        runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(businessKey(username))
                .activityIdIn(WAITING_AT).list()
                .forEach(waiting -> runtime.deleteProcessInstance(waiting.getId(), "The leaving date changed", true, true));
    }

    /**
     * Ends the person's sign-in, groups and access now. Answers who takes over their personal steps
     * (their line manager while still here and not themselves; empty for the communications team), or
     * nothing at all when they had already left.
     */
    @Transactional
    Optional<Departure> leave(String username, String by) {
        DirectoryEntry person = directory.find(username).orElse(null);
        if (person == null || !directory.markLeft(username, EngineClock.now())) {
            return Optional.empty();
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
        return Optional.of(new Departure(leavingDate, Optional.ofNullable(person.lineManager())
                .filter(manager -> !manager.equals(username) && directory.find(manager).isPresent()).orElse(null)));
    }

    /** Someone has just left; their line manager takes over their personal steps, or the communications team when null. */
    record Departure(LocalDate leavingDate, @Nullable String lineManager) {
    }

    private static String businessKey(String username) {
        return "leaving:" + username;
    }
}
