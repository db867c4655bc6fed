package uk.gov.council.socialgov.workflow;

import io.micronaut.context.BeanContext;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.persistence.StrongUuidGenerator;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;

import javax.sql.DataSource;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/** Builds the process engine from the application's data source and exposes its services as beans. */
@Factory
class ProcessEngineFactory {

    /** Eager, so the first request does not pay for engine start-up and deployment. */
    @Context
    ProcessEngine processEngine(DataSource dataSource, TransactionOperations<Connection> transactions,
                                BeanContext beans, EngineProperties properties, ProcessModelDeployer deployer,
                                List<ProcessEnginePlugin> featurePlugins) {
        MicronautProcessEngineConfiguration configuration = new MicronautProcessEngineConfiguration(transactions, beans);
        configuration.setProcessEngineName("socialgov");
        configuration.setDataSource(dataSource);
        // Flyway owns the schema (see docs/decisions/0002); the engine only checks its version.
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_FALSE);
        configuration.setDatabaseType("postgres");
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setEnforceHistoryTimeToLive(true);
        // Each model's history goes that many days after its process ends (its historyTimeToLive, set to match
        // processes/retention.dmn); a case's own history goes sooner, when the case is disposed of (decision 0027).
        configuration.setHistoryCleanupBatchWindowStartTime("20:00");
        configuration.setHistoryCleanupBatchWindowEndTime("06:00");
        configuration.setJavaSerializationFormatEnabled(false);
        configuration.setDefaultSerializationFormat("application/json");
        configuration.setCmmnEnabled(false);
        configuration.setStandaloneTasksEnabled(false);
        configuration.setDbIdentityUsed(false);
        configuration.setAuthorizationEnabled(false); // who may do what is checked by our own services
        configuration.setJdbcBatchProcessing(true);
        configuration.setMetricsEnabled(false);
        configuration.setTaskMetricsEnabled(false);
        configuration.setIdGenerator(new StrongUuidGenerator());
        configuration.setJobExecutorActivate(false); // started by ProcessEngineLifecycle once the server is up
        configuration.setJobExecutor(jobExecutor(properties));
        List<ProcessEnginePlugin> plugins = new ArrayList<>(featurePlugins); // e.g. task notifications
        plugins.add(new SpinProcessEnginePlugin());
        configuration.setProcessEnginePlugins(plugins);
        // Database type detection opens a connection, which the contextual data source only hands out in a transaction.
        ProcessEngine engine = transactions.executeWrite(status -> configuration.buildProcessEngine());
        deployer.deploy(engine.getRepositoryService());
        return engine;
    }

    private static DefaultJobExecutor jobExecutor(EngineProperties properties) {
        DefaultJobExecutor jobExecutor = new DefaultJobExecutor();
        jobExecutor.setCorePoolSize(properties.jobExecutorThreads());
        jobExecutor.setMaxPoolSize(properties.jobExecutorThreads());
        jobExecutor.setQueueSize(properties.jobExecutorQueueSize());
        jobExecutor.setMaxJobsPerAcquisition(properties.jobExecutorMaxJobsPerAcquisition());
        return jobExecutor;
    }

    @Singleton
    RuntimeService runtimeService(ProcessEngine engine) {
        return engine.getRuntimeService();
    }

    @Singleton
    TaskService taskService(ProcessEngine engine) {
        return engine.getTaskService();
    }

    @Singleton
    RepositoryService repositoryService(ProcessEngine engine) {
        return engine.getRepositoryService();
    }

    @Singleton
    HistoryService historyService(ProcessEngine engine) {
        return engine.getHistoryService();
    }

    @Singleton
    DecisionService decisionService(ProcessEngine engine) {
        return engine.getDecisionService();
    }

    @Singleton
    ManagementService managementService(ProcessEngine engine) {
        return engine.getManagementService();
    }

    @Singleton
    IdentityService identityService(ProcessEngine engine) {
        return engine.getIdentityService();
    }

    @Singleton
    FormService formService(ProcessEngine engine) {
        return engine.getFormService();
    }
}
