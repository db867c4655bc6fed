package uk.gov.council.socialgov.identity;

import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.ForbiddenException;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
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
     * The case kinds each confidential group reads; a group missing here reads every kind. HR reads
     * breach investigations about employees and the Monitoring Officer those about councillors: which
     * one a case is about is the investigations feature's business, so both count every breach case.
     * The names are those features' case kinds (investigations, harassment).
     */
    private static final Map<String, Set<String>> KINDS_READ = Map.of(
            HR, Set.of("breach-investigation"),
            MONITORING_OFFICER, Set.of("breach-investigation", "member-harassment-report"));

    private static final Map<String, String> NAMES = Map.of(HR, "HR", MONITORING_OFFICER, "Monitoring Officer",
            INFORMATION_MANAGER, "Information Manager", AUDITORS, "Internal Audit");

    private final JdbcOperations jdbc;
    private final UserRepository users;
    private final Sessions sessions;
    private final ApplicationEventPublisher<IdentityEvent> events;

    GroupGrants(JdbcOperations jdbc, UserRepository users, Sessions sessions, ApplicationEventPublisher<IdentityEvent> events) {
        this.jdbc = jdbc;
        this.users = users;
        this.sessions = sessions;
        this.events = events;
    }

    /**
     * Refuses (400 naming {@code groups}) any of these groups that reads a kind of case the person is
     * kept out of. Exclusions are not tied to whether their case is still open, so every one counts.
     */
    void refuseIfExcluded(String username, Collection<String> groups) {
        Set<String> kinds = excludedKinds(username);
        List<FieldError> errors = new ArrayList<>();
        for (String group : groups) {
            Set<String> read = KINDS_READ.get(group);
            if (!kinds.isEmpty() && (read == null || read.stream().anyMatch(kinds::contains))) {
                errors.add(new FieldError("groups", username + " cannot join the " + NAMES.get(group)
                        + " group because they are kept out of a case that group can read"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    /** Records that {@code by} asked for the person to join the group, unless that is already waiting. */
    void request(String username, String group, String by) {
        int added = jdbc.prepareStatement("""
                insert into group_grant_request (id, username, group_id, requested_by, requested_at) values (?, ?, ?, ?, ?)
                on conflict (username, group_id) where outcome is null do nothing""", statement -> {
            statement.setObject(1, UUID.randomUUID());
            statement.setString(2, username);
            statement.setString(3, group);
            statement.setString(4, by);
            statement.setTimestamp(5, Timestamp.from(EngineClock.now()));
            return statement.executeUpdate();
        });
        if (added == 1) {
            events.publishEvent(new IdentityEvent(IdentityEvent.GROUP_GRANT_REQUESTED, by, username, "group=" + group));
        }
    }

    /** The groups waiting for a second administrator's approval for this person. */
    List<String> waitingFor(String username) {
        return jdbc.prepareStatement("""
                select group_id from group_grant_request where username = ? and outcome is null order by group_id""", statement -> {
            statement.setString(1, username);
            List<String> groups = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    groups.add(rows.getString(1));
                }
            }
            return groups;
        });
    }

    /** Requests that are waiting (oldest first), or the latest 200 approved or refused. */
    @Transactional
    List<GrantView> list(@Nullable String outcome) {
        String where = outcome == null ? "r.outcome is null order by r.requested_at" : "r.outcome = ? order by r.decided_at desc";
        return jdbc.prepareStatement(SELECT + " where " + where + " limit 200", statement -> {
            if (outcome != null) {
                statement.setString(1, outcome);
            }
            return views(statement);
        });
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
                "group=" + grant.group() + ", asked for by " + grant.requestedBy() + ": " + reason));
        return find(id);
    }

    private static final String SELECT = """
            select r.id, r.username, u.display_name, r.group_id, r.requested_by, r.requested_at, r.decided_by, r.decided_at,
                   r.outcome, r.reason
            from group_grant_request r join app_user u on u.username = r.username""";

    private GrantView waiting(UUID id) {
        GrantView grant = find(id);
        if (grant.outcome() != null) {
            throw new ConflictException("This request has already been " + grant.outcome().toLowerCase() + " by " + grant.decidedBy());
        }
        return grant;
    }

    private GrantView find(UUID id) {
        return jdbc.prepareStatement(SELECT + " where r.id = ?", statement -> {
            statement.setObject(1, id);
            return views(statement);
        }).stream().findFirst().orElseThrow(() -> new NotFoundException("There is no request for a group with this id"));
    }

    /** Decides a waiting request once: whoever decides second is told it has been decided. */
    private void decide(UUID id, String outcome, String by, @Nullable String reason) {
        int decided = jdbc.prepareStatement("""
                update group_grant_request set outcome = ?, decided_by = ?, decided_at = ?, reason = ?
                where id = ? and outcome is null""", statement -> {
            statement.setString(1, outcome);
            statement.setString(2, by);
            statement.setTimestamp(3, Timestamp.from(EngineClock.now()));
            statement.setString(4, reason);
            statement.setObject(5, id);
            return statement.executeUpdate();
        });
        if (decided == 0) {
            throw new ConflictException("This request has just been decided by someone else");
        }
    }

    private Set<String> excludedKinds(String username) {
        return jdbc.prepareStatement("select distinct case_type from case_exclusion where username = ?", statement -> {
            statement.setString(1, username);
            Set<String> kinds = new HashSet<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    kinds.add(rows.getString(1));
                }
            }
            return kinds;
        });
    }

    private static List<GrantView> views(PreparedStatement statement) throws SQLException {
        List<GrantView> views = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                views.add(new GrantView(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3), rows.getString(4),
                        rows.getString(5), instant(rows.getTimestamp(6)), rows.getString(7), instant(rows.getTimestamp(8)),
                        rows.getString(9), rows.getString(10)));
            }
        }
        return views;
    }

    private static Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
