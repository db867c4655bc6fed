package uk.gov.council.socialgov.workflow;

import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.TransactionStatus;
import io.micronaut.transaction.support.TransactionSynchronization;
import org.camunda.bpm.engine.impl.cfg.TransactionContext;
import org.camunda.bpm.engine.impl.cfg.TransactionContextFactory;
import org.camunda.bpm.engine.impl.cfg.TransactionListener;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

import java.sql.Connection;

/**
 * Lets the engine hang its commit and rollback listeners (job executor hints, cache updates) on the
 * Micronaut transaction it runs in; the engine itself never commits.
 */
class MicronautTransactionContext implements TransactionContext {

    private final CommandContext commandContext;
    private final TransactionStatus<?> status;
    private volatile TransactionState lastState;

    MicronautTransactionContext(CommandContext commandContext, TransactionStatus<?> status) {
        this.commandContext = commandContext;
        this.status = status;
        status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                lastState = TransactionState.COMMITTING;
            }

            @Override
            public void afterCommit() {
                lastState = TransactionState.COMMITTED;
            }

            @Override
            public void beforeCompletion() {
                lastState = TransactionState.ROLLINGBACK;
            }

            @Override
            public void afterCompletion(Status completion) {
                if (completion == Status.ROLLED_BACK) {
                    lastState = TransactionState.ROLLED_BACK;
                }
            }
        });
    }

    @Override
    public void commit() {
        // The surrounding Micronaut transaction commits.
    }

    @Override
    public void rollback() {
        status.setRollbackOnly();
    }

    @Override
    public void addTransactionListener(TransactionState state, TransactionListener listener) {
        status.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void beforeCommit(boolean readOnly) {
                if (state == TransactionState.COMMITTING) {
                    listener.execute(commandContext);
                }
            }

            @Override
            public void afterCommit() {
                if (state == TransactionState.COMMITTED) {
                    listener.execute(commandContext);
                }
            }

            @Override
            public void beforeCompletion() {
                if (state == TransactionState.ROLLINGBACK) {
                    listener.execute(commandContext);
                }
            }

            @Override
            public void afterCompletion(Status completion) {
                if (state == TransactionState.ROLLED_BACK && completion == Status.ROLLED_BACK) {
                    listener.execute(commandContext);
                }
            }
        });
    }

    @Override
    public boolean isTransactionActive() {
        return !status.isCompleted() && lastState != TransactionState.ROLLINGBACK && lastState != TransactionState.ROLLED_BACK;
    }

    static TransactionContextFactory factory(TransactionOperations<Connection> transactions) {
        return commandContext -> new MicronautTransactionContext(commandContext,
                transactions.findTransactionStatus().orElseThrow(() ->
                        new IllegalStateException("An engine command ran outside a Micronaut transaction")));
    }
}
