package uk.gov.council.socialgov.workflow;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * Engine settings an administrator may change. The job executor is sized for a two-core server;
 * tests switch it off and run jobs themselves.
 */
@ConfigurationProperties("socialgov.engine")
public record EngineProperties(
        @Bindable(defaultValue = "true") boolean jobExecutorEnabled,
        @Bindable(defaultValue = "3") int jobExecutorThreads,
        @Bindable(defaultValue = "3") int jobExecutorMaxJobsPerAcquisition,
        @Bindable(defaultValue = "10") int jobExecutorQueueSize) {
}
