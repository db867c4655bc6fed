package uk.gov.council.socialgov.workflow;

import io.micronaut.context.BeanContext;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.TransactionOperations;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.interceptor.CommandContextInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandCounterInterceptor;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.interceptor.LogInterceptor;
import org.camunda.bpm.engine.impl.interceptor.ProcessApplicationContextInterceptor;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * The engine's configuration with Micronaut owning the transactions: commands join the caller's
 * transaction (or open one), and {@code ${name}} in a model resolves to a Micronaut bean.
 */
class MicronautProcessEngineConfiguration extends ProcessEngineConfigurationImpl {

    private final transient TransactionOperations<Connection> transactions;

    MicronautProcessEngineConfiguration(TransactionOperations<Connection> transactions, BeanContext beanContext) {
        this.transactions = transactions;
        setTransactionsExternallyManaged(true);
        setExpressionManager(new JuelExpressionManager() {
            @Override
            protected ELResolver createElResolver() {
                CompositeELResolver resolver = new CompositeELResolver();
                resolver.add(super.createElResolver()); // process variables first, then beans
                resolver.add(new MicronautBeanElResolver(beanContext));
                return resolver;
            }
        });
    }

    @Override
    protected List<CommandInterceptor> getDefaultCommandInterceptorsTxRequired() {
        return interceptors(false);
    }

    @Override
    protected List<CommandInterceptor> getDefaultCommandInterceptorsTxRequiresNew() {
        return interceptors(true);
    }

    private List<CommandInterceptor> interceptors(boolean requiresNew) {
        List<CommandInterceptor> interceptors = new ArrayList<>();
        if (!isDisableExceptionCode()) {
            interceptors.add(getExceptionCodeInterceptor());
        }
        interceptors.add(new LogInterceptor());
        interceptors.add(new CommandCounterInterceptor(this));
        interceptors.add(new ProcessApplicationContextInterceptor(this));
        interceptors.add(new MicronautTransactionInterceptor(transactions,
                requiresNew ? Propagation.REQUIRES_NEW : Propagation.REQUIRED));
        interceptors.add(new CommandContextInterceptor(commandContextFactory, this, requiresNew));
        return interceptors;
    }

    @Override
    protected void initTransactionContextFactory() {
        if (transactionContextFactory == null) {
            transactionContextFactory = MicronautTransactionContext.factory(transactions);
        }
    }
}
