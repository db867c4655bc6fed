package uk.gov.council.socialgov.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.ForbiddenException;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static uk.gov.council.socialgov.identity.Groups.AUDITORS;
import static uk.gov.council.socialgov.identity.Groups.HR;
import static uk.gov.council.socialgov.identity.Groups.INFORMATION_MANAGER;
import static uk.gov.council.socialgov.identity.Groups.MONITORING_OFFICER;

/**
 * Two administrators for a confidential group ({@link Groups#CONFIDENTIAL}): one asks, and another
 * (neither the one who asked nor the person themselves) approves; anyone may turn a request down.
 * Nobody kept out of a case is given a group that reads cases of that kind.
 */
@Singleton
class GroupGrants {

    static final String APPROVED = "APPROVED";
    static final String REFUSED = "REFUSED";

    @Serdeable
    record GrantView(UUID id, String username, String displayName, String group, String requestedBy, Instant requestedAt,
                     @Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String outcome, @Nullable String reason) {
    }

    /**
     * The groups that read only the kinds of case naming them ({@link CaseKindReaders}); the other
     * confidential groups (the Information Manager, Internal Audit) read every kind.
     */
    private static final Set<String> READ_ONLY_THEIR_KINDS = Set.of(HR, MONITORING_OFFICER);

    private static final Map<String, String> NAMES = Map.of(HR, "HR", MONITORING_OFFICER, "Monitoring Officer",
            INFORMATION_MANAGER, "Information Manager", AUDITORS, "Internal Audit");

    private final GroupGrantStore store;
    private final CaseExclusionStore exclusions;
    private final UserStore users;
    private final Sessions sessions;
    private final ApplicationEventPublisher<IdentityEvent> events;
    private final List<CaseKindReaders> kinds;

    GroupGrants(GroupGrantStore store, CaseExclusionStore exclusions, UserStore users, Sessions sessions,
                ApplicationEventPublisher<IdentityEvent> events, List<CaseKindReaders> kinds) {
        this.store = store;
        this.exclusions = exclusions;
        this.users = users;
        this.sessions = sessions;
        this.events = events;
        this.kinds = kinds;
    }

    /**
     * Refuses (400 naming {@code groups}) any of these groups that reads a kind of case the person is
     * kept out of. Exclusions are not tied to whether their case is still open, so every one counts.
     */
    void refuseIfExcluded(String username, Collection<String> groups) {
        Set<String> keptOutOf = exclusions.kindsExcluding(username);
        List<FieldError> errors = new ArrayList<>();
        for (String group : groups) {
            if (keptOutOf.stream().anyMatch(kind -> reads(group, kind))) {
                errors.add(new FieldError("groups", username + " cannot join the " + NAMES.get(group)
                        + " group because they are kept out of a case that group can read"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    private boolean reads(String group, String kind) {
        return !READ_ONLY_THEIR_KINDS.contains(group)
                || kinds.stream().anyMatch(k -> k.name().equals(kind) && k.readers().contains(group));
    }

    /** Records that {@code by} asked for the person to join the group, unless that is already waiting. */
    void request(String username, String group, String by) {
        if (store.request(username, group, by, EngineClock.now())) {
            events.publishEvent(new IdentityEvent(IdentityEvent.GROUP_GRANT_REQUESTED, by, username, "group=" + group));
        }
    }

    /** The groups waiting for a second administrator's approval for this person. */
    List<String> waitingFor(String username) {
        return store.waitingFor(username);
    }

    /** Requests that are waiting (oldest first), or the latest 200 approved or refused. */
    @Transactional
    List<GrantView> list(@Nullable String outcome) {
        return outcome == null ? store.waiting() : store.decided(outcome);
    }

    @Transactional
    GrantView approve(UUID id, CurrentUser admin) {
        GrantView grant = waiting(id);
        if (grant.requestedBy().equals(admin.username())) {
            throw new ForbiddenException("You asked for this, so another administrator must approve it");
        }
        if (grant.username().equals(admin.username())) {
            throw new ForbiddenException("You cannot approve a group for yourself");
        }
        refuseIfExcluded(grant.username(), List.of(grant.group()));
        decide(id, APPROVED, admin.username(), null);
        users.addGroup(grant.username(), grant.group());
        sessions.end(grant.username()); // their next sign-in carries the new group
        events.publishEvent(new IdentityEvent(IdentityEvent.GROUP_GRANT_APPROVED, admin.username(), grant.username(),
                "group=" + grant.group() + ", asked for by " + grant.requestedBy()));
        return find(id);
    }

    @Transactional
    GrantView refuse(UUID id, String reason, CurrentUser admin) {
        GrantView grant = waiting(id);
        decide(id, REFUSED, admin.username(), reason);
        events.publishEvent(new IdentityEvent(IdentityEvent.GROUP_GRANT_REFUSED, admin.username(), grant.username(),
                "group=" + grant.group() + ", asked for by " + grant.requestedBy()));
        return find(id);
    }

    private GrantView waiting(UUID id) {
        GrantView grant = find(id);
        if (grant.outcome() != null) {
            throw new ConflictException("This request has already been " + grant.outcome().toLowerCase() + " by " + grant.decidedBy());
        }
        return grant;
    }

    private GrantView find(UUID id) {
        return store.find(id).orElseThrow(() -> new NotFoundException("There is no request for a group with this id"));
    }

    /** Decides a waiting request once: whoever decides second is told it has been decided. */
    private void decide(UUID id, String outcome, String by, @Nullable String reason) {
        if (!store.decide(id, outcome, by, EngineClock.now(), reason)) {
            throw new ConflictException("This request has just been decided by someone else");
        }
    }
}
