package uk.gov.council.socialgov.workflow;

import io.micronaut.health.HealthStatus;
import io.micronaut.management.health.indicator.AbstractHealthIndicator;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

import java.util.LinkedHashMap;
import java.util.Map;

/** Reports whether the process engine answers a query and whether its job executor is running. */
@Singleton
class EngineHealthIndicator extends AbstractHealthIndicator<Map<String, Object>> {

    private final ProcessEngine engine;
    private final EngineProperties properties;

    EngineHealthIndicator(ProcessEngine engine, EngineProperties properties) {
        this.engine = engine;
        this.properties = properties;
    }

    @Override
    protected Map<String, Object> getHealthInformation() {
        long definitions = engine.getRepositoryService().createProcessDefinitionQuery().latestVersion().count();
        boolean jobExecutorActive = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getJobExecutor().isActive();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("engine", engine.getName());
        details.put("processDefinitions", definitions);
        details.put("jobExecutor", jobExecutorActive ? "running" : "stopped");
        healthStatus = !properties.jobExecutorEnabled() || jobExecutorActive ? HealthStatus.UP : HealthStatus.DOWN;
        return details;
    }

    @Override
    protected String getName() {
        return "processEngine";
    }
}
