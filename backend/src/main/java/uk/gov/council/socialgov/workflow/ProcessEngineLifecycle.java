package uk.gov.council.socialgov.workflow;

import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * Starts the job executor once the server is up and, at shutdown, stops it and closes the engine
 * before any bean is destroyed, so nothing touches the pool or the database after they close.
 */
@Singleton
class ProcessEngineLifecycle {

    private final ProcessEngine engine;
    private final EngineProperties properties;

    ProcessEngineLifecycle(ProcessEngine engine, EngineProperties properties) {
        this.engine = engine;
        this.properties = properties;
    }

    @EventListener
    void onServerStarted(ServerStartupEvent event) {
        if (properties.jobExecutorEnabled()) {
            configuration().getJobExecutor().start();
        }
    }

    @EventListener
    void onShutdown(ShutdownEvent event) {
        var jobExecutor = configuration().getJobExecutor();
        if (jobExecutor.isActive()) {
            jobExecutor.shutdown();
        }
        engine.close();
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }
}
