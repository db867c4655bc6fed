package uk.gov.council.socialgov.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.registry.AuthorisedUsers;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.cases.CaseStarts;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Invokes and lifts an emergency (D 9) through processes/emergency.bpmn; answers whether one is in force. */
@Singleton
class EmergencyService {

    @Serdeable
    record View(UUID id, String reference, String holdingMessage, String invokedBy, String invokedByName, Instant invokedAt,
                @Nullable String liftedBy, @Nullable String liftedByName, @Nullable Instant liftedAt, int suspendedGrants) {
    }

    @Serdeable
    record Current(boolean active, @Nullable View emergency) {
    }

    private final EmergencyStore emergencies;
    private final AuthorisedUsers authorisedUsers;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Directory directory;
    private final AuditTrail audit;
    private final CaseStarts starts;

    EmergencyService(EmergencyStore emergencies, AuthorisedUsers authorisedUsers, RuntimeService runtime, IdentityService identity,
                     Directory directory, AuditTrail audit, CaseStarts starts) {
        this.emergencies = emergencies;
        this.authorisedUsers = authorisedUsers;
        this.runtime = runtime;
        this.identity = identity;
        this.directory = directory;
        this.audit = audit;
        this.starts = starts;
    }

    @Transactional
    Current current() {
        return emergencies.inForce().map(emergency -> new Current(true, views(List.of(emergency)).get(0))).orElse(new Current(false, null));
    }

    @Transactional
    List<View> history() {
        return views(emergencies.all());
    }

    /** Invokes the emergency, or returns the one an earlier send with the same Idempotency-Key invoked. */
    @Transactional
    View invoke(String holdingMessage, CurrentUser user, @Nullable String idempotencyKey) {
        Optional<String> earlier = starts.earlierCase(idempotencyKey, user);
        if (earlier.isPresent()) {
            return find(UUID.fromString(earlier.get()));
        }
        if (emergencies.inForce().isPresent()) {
            throw new ConflictException("An emergency is already in force. Lift it before invoking another.");
        }
        UUID id = UUID.randomUUID();
        var now = EngineClock.now();
        String reference = EmergencyProcess.CASE.reference(now, emergencies.nextNumber());
        emergencies.add(id, reference, holdingMessage, user.username(), now);
        emergencies.startedAs(id, starts.of(EmergencyProcess.CASE, id.toString(), reference)
                .titled("Emergency: only the holding message may be posted")
                .with(EmergencyProcess.VAR_OWNERS, new ArrayList<>(authorisedUsers.ownersOfActiveAccounts()))
                .with(EmergencyProcess.VAR_ACCOUNTS_WITHOUT_OWNER, authorisedUsers.activeAccountsWithoutOwner())
                .audited("EMERGENCY_INVOKED", null)
                .start(user, idempotencyKey));
        return find(id);
    }

    @Transactional
    View lift(UUID id, CurrentUser user) {
        EmergencyStore.Emergency emergency = emergencies.find(id).orElseThrow(() -> new NotFoundException("There is no emergency " + id));
        if (emergency.liftedAt() != null) {
            throw new ConflictException("Emergency " + emergency.reference() + " has already been lifted.");
        }
        Actor.runAs(identity, user.username(), user.groupList(), () -> runtime.createMessageCorrelation(EmergencyProcess.MESSAGE_LIFTED)
                .processInstanceId(emergency.processInstanceId())
                .correlateWithResult());
        return find(id);
    }

    private View find(UUID id) {
        return views(List.of(emergencies.find(id).orElseThrow())).get(0);
    }

    private List<View> views(List<EmergencyStore.Emergency> found) {
        Set<String> people = new HashSet<>();
        found.forEach(e -> {
            people.add(e.invokedBy());
            Optional.ofNullable(e.liftedBy()).ifPresent(people::add);
        });
        Map<String, String> names = directory.displayNames(people);
        return found.stream().map(e -> new View(e.id(), e.reference(), e.holdingMessage(), e.invokedBy(), names.get(e.invokedBy()),
                e.invokedAt(), e.liftedBy(), e.liftedBy() == null ? null : names.get(e.liftedBy()), e.liftedAt(), e.suspendedGrants())).toList();
    }
}
