package uk.gov.council.socialgov.workflow;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

import java.sql.Connection;

/**
 * Runs every engine command in a Micronaut transaction: it joins the caller's transaction when
 * there is one, so a domain write and the engine command it causes commit or roll back together.
 */
class MicronautTransactionInterceptor extends CommandInterceptor {

    private final TransactionOperations<Connection> transactions;
    private final TransactionDefinition definition;

    MicronautTransactionInterceptor(TransactionOperations<Connection> transactions, TransactionDefinition.Propagation propagation) {
        this.transactions = transactions;
        this.definition = TransactionDefinition.of(propagation);
    }

    @Override
    public <T> T execute(Command<T> command) {
        return transactions.execute(definition, status -> next.execute(command));
    }
}
