package uk.gov.council.socialgov.audit;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.security.utils.SecurityService;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.web.ClientAddress;
import uk.gov.council.socialgov.workflow.EngineClock;

import javax.crypto.Mac;
import java.sql.Connection;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes audit rows in the same transaction as the change they describe. Events are collected
 * during the transaction and chained just before it commits, holding the chain's head row only for
 * that moment; if the transaction rolls back, its events vanish with it. Each row's hash is an
 * HMAC with the audit key, so someone who can write to the database cannot forge a row.
 */
@Singleton
public class AuditTrail {

    public static final String SYSTEM = "system";

    private final TransactionOperations<Connection> transactions;
    private final SecurityService security;
    private final ClientAddress addresses;
    private final AuditKey key;
    private final AuditStore store;
    private final Map<Connection, List<AuditRecord>> pending = new IdentityHashMap<>();

    AuditTrail(TransactionOperations<Connection> transactions, SecurityService security, ClientAddress addresses, AuditKey key,
               AuditStore store) {
        this.transactions = transactions;
        this.store = store;
        this.security = security;
        this.addresses = addresses;
        this.key = key;
    }

    /** Records an event done by the signed-in person (or the system when nobody is signed in). */
    public void record(AuditEvent event) {
        record(event, security.username().orElse(SYSTEM), null);
    }

    /** Records an event done by a named person, e.g. a failed sign-in or a step the engine ran for them. */
    public void record(AuditEvent event, String actor, String onBehalfOf) {
        String source = ServerRequestContext.currentRequest().map(this::address).orElse(null);
        AuditRecord unchained = new AuditRecord(0, EngineClock.now().truncatedTo(ChronoUnit.MICROS), actor, onBehalfOf,
                event.action(), event.caseType(), event.caseId(), event.caseReference(), event.detail(), source, "", "");
        var status = transactions.findTransactionStatus();
        if (status.isPresent()) {
            enqueue(status.get(), unchained);
        } else {
            transactions.executeWrite(tx -> {
                enqueue(tx, unchained);
                return null;
            });
        }
    }

    private String address(HttpRequest<?> request) {
        return addresses.of(request);
    }

    private void enqueue(TransactionStatus<?> status, AuditRecord event) {
        Connection connection = (Connection) status.getConnection();
        synchronized (pending) {
            List<AuditRecord> events = pending.get(connection);
            if (events == null) {
                events = new ArrayList<>();
                pending.put(connection, events);
                status.registerSynchronization(new TransactionSynchronization() {
                    @Override
                    public void beforeCommit(boolean readOnly) {
                        append(take(connection)); // still on this transaction's connection
                    }

                    @Override
                    public void afterCompletion(Status completion) {
                        take(connection);
                    }
                });
            }
            events.add(event);
        }
    }

    private List<AuditRecord> take(Connection connection) {
        synchronized (pending) {
            List<AuditRecord> events = pending.remove(connection);
            return events == null ? List.of() : events;
        }
    }

    private void append(List<AuditRecord> events) {
        if (events.isEmpty()) {
            return;
        }
        try {
            String previous = store.lockHead();
            List<Long> ids = store.nextIds(events.size());
            List<AuditRecord> chained = new ArrayList<>();
            Mac mac = key.mac();
            for (int i = 0; i < events.size(); i++) {
                AuditRecord e = events.get(i);
                long id = ids.get(i);
                String hash = AuditKey.sign(mac, AuditRecord.content(id, e.occurredAt(), e.actor(), e.onBehalfOf(), e.action(), e.caseType(),
                        e.caseId(), e.caseReference(), e.detail(), e.sourceAddress(), previous));
                chained.add(new AuditRecord(id, e.occurredAt(), e.actor(), e.onBehalfOf(), e.action(), e.caseType(), e.caseId(),
                        e.caseReference(), e.detail(), e.sourceAddress(), previous, hash));
                previous = hash;
            }
            store.insert(chained);
            store.moveHead(ids.get(ids.size() - 1), previous);
        } catch (DataAccessException e) {
            throw new IllegalStateException("Could not write the audit trail", e);
        }
    }
}
