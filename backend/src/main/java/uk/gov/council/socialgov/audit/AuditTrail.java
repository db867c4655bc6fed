package uk.gov.council.socialgov.audit;

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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
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
    private final Map<Connection, List<AuditRecord>> pending = new IdentityHashMap<>();

    AuditTrail(TransactionOperations<Connection> transactions, SecurityService security, ClientAddress addresses, AuditKey key) {
        this.transactions = transactions;
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
                        append(connection, take(connection));
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

    private void append(Connection connection, List<AuditRecord> events) {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement head = connection.prepareStatement("select last_hash from audit_head where id = 1 for update");
             PreparedStatement nextId = connection.prepareStatement("select nextval('audit_event_id_seq') from generate_series(1, ?)");
             PreparedStatement insert = connection.prepareStatement("""
                     insert into audit_event (id, occurred_at, actor, on_behalf_of, action, case_type, case_id, case_reference,
                                              detail, source_address, previous_hash, row_hash)
                     values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
             PreparedStatement moveHead = connection.prepareStatement("update audit_head set last_id = ?, last_hash = ? where id = 1")) {
            String previous;
            try (ResultSet row = head.executeQuery()) {
                row.next();
                previous = row.getString(1);
            }
            List<Long> ids = new ArrayList<>();
            nextId.setInt(1, events.size());
            try (ResultSet rows = nextId.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            long id = 0;
            Mac mac = key.mac();
            for (int i = 0; i < events.size(); i++) {
                AuditRecord e = events.get(i);
                id = ids.get(i);
                String hash = AuditKey.sign(mac, AuditRecord.content(id, e.occurredAt(), e.actor(), e.onBehalfOf(), e.action(), e.caseType(),
                        e.caseId(), e.caseReference(), e.detail(), e.sourceAddress(), previous));
                insert.setLong(1, id);
                insert.setTimestamp(2, Timestamp.from(e.occurredAt()));
                insert.setString(3, e.actor());
                insert.setString(4, e.onBehalfOf());
                insert.setString(5, e.action());
                insert.setString(6, e.caseType());
                insert.setString(7, e.caseId());
                insert.setString(8, e.caseReference());
                insert.setString(9, e.detail());
                insert.setString(10, e.sourceAddress());
                insert.setString(11, previous);
                insert.setString(12, hash);
                insert.addBatch();
                previous = hash;
            }
            insert.executeBatch();
            moveHead.setLong(1, id);
            moveHead.setString(2, previous);
            moveHead.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not write the audit trail", e);
        }
    }
}
