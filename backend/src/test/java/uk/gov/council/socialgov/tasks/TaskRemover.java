package uk.gov.council.socialgov.tasks;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Provider;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import uk.gov.council.socialgov.workflow.Actor;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

/**
 * Plays the colleague who finishes a task a moment before us, at an exact point: just before the
 * k-th engine command of the next request to a given path. Another thread completes the task in its
 * own transaction and commits, as the winner of a race does. If our request already holds a lock on
 * the task (it has written it), the winner could not have got in there; that point is reported as
 * unreachable rather than waited for.
 */
@Singleton
@Requires(property = "test.task-remover", value = "on")
class TaskRemover extends AbstractProcessEnginePlugin {

    /** What happened at the armed point. */
    enum Outcome { NOT_REACHED, REMOVED, UNREACHABLE }

    /** A colleague in the communications team, who finishes the task first. */
    static final String WINNER = "nia.roberts";

    private final Provider<TaskService> tasks;
    private final Provider<IdentityService> identity;
    private final TransactionOperations<Connection> transactions;

    private volatile String path;
    private volatile int removeBefore;
    private volatile String taskId;
    private volatile Map<String, Object> winnersValues;
    private final List<String> commands = new ArrayList<>();
    private volatile Outcome outcome = Outcome.NOT_REACHED;

    TaskRemover(Provider<TaskService> tasks, Provider<IdentityService> identity, TransactionOperations<Connection> transactions) {
        this.tasks = tasks;
        this.identity = identity;
        this.transactions = transactions;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(new CommandInterceptor() {
            @Override
            public <T> T execute(Command<T> command) {
                beforeCommand(command);
                return next.execute(command);
            }
        });
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    /** Before the k-th (1-based) engine command of the next request to {@code path}, completes the task with these values. */
    synchronized void arm(String path, int removeBefore, String taskId, Map<String, Object> winnersValues) {
        this.commands.clear();
        this.outcome = Outcome.NOT_REACHED;
        this.removeBefore = removeBefore;
        this.taskId = taskId;
        this.winnersValues = winnersValues;
        this.path = path;
    }

    synchronized List<String> commands() {
        return List.copyOf(commands);
    }

    Outcome outcome() {
        return outcome;
    }

    private void beforeCommand(Command<?> command) {
        String armed = path;
        if (armed == null || ServerRequestContext.currentRequest().map(r -> !r.getPath().equals(armed)).orElse(true)) {
            return;
        }
        int position;
        synchronized (this) {
            commands.add(command.getClass().getName());
            position = commands.size();
        }
        if (position == removeBefore) {
            outcome = completeElsewhere() ? Outcome.REMOVED : Outcome.UNREACHABLE;
        }
    }

    /** The winner's request, on its own thread and connection; false if our transaction's lock on the task stops it. */
    private boolean completeElsewhere() {
        try {
            return CompletableFuture.supplyAsync(() -> transactions.executeWrite(status -> {
                try (var statement = status.getConnection().createStatement()) {
                    statement.execute("set local lock_timeout = '500ms'");
                }
                return Actor.runAs(identity.get(), WINNER, List.of("comms", "staff"), () -> {
                    tasks.get().complete(taskId, winnersValues);
                    return true;
                });
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (lockTimeout(e)) {
                return false;
            }
            throw new IllegalStateException("The winner could not complete the task", e);
        }
    }

    private static boolean lockTimeout(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
