package uk.gov.council.socialgov.identity;

import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;

import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Listens to {@link GroupsRemoved} as another feature will: notes each event, whether it arrived
 * inside the change's transaction, and the person's groups as that transaction sees them.
 */
@Singleton
class GroupsRemovedRecorder {

    record Heard(GroupsRemoved event, boolean inTransaction, List<String> groupsThen) {
    }

    private final List<Heard> heard = new CopyOnWriteArrayList<>();
    private final TransactionOperations<Connection> transactions;
    private final UserStore users;

    GroupsRemovedRecorder(TransactionOperations<Connection> transactions, UserStore users) {
        this.transactions = transactions;
        this.users = users;
    }

    @EventListener
    void on(GroupsRemoved event) {
        boolean inTransaction = transactions.findTransactionStatus().isPresent();
        heard.add(new Heard(event, inTransaction, inTransaction ? users.findGroups(event.username()) : List.of()));
    }

    List<Heard> about(String username) {
        return heard.stream().filter(h -> h.event().username().equals(username)).toList();
    }
}
