package uk.gov.council.socialgov.workflow;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Deploys every BPMN, DMN and Camunda Form file under {@code processes/} on the classpath as one
 * deployment. Duplicate filtering means an unchanged file makes no new version.
 */
@Singleton
class ProcessModelDeployer {

    static final String DEPLOYMENT_NAME = "socialgov";
    private static final Logger LOG = LoggerFactory.getLogger(ProcessModelDeployer.class);
    private static final List<String> PATTERNS = List.of(
            "classpath*:processes/*.bpmn", "classpath*:processes/*.dmn", "classpath*:processes/*.form");

    void deploy(RepositoryService repository) {
        DeploymentBuilder deployment = repository.createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("classpath:processes")
                .enableDuplicateFiltering(true);
        List<Resource> models = models();
        if (models.isEmpty()) {
            LOG.warn("No process models found under processes/ on the classpath");
            return;
        }
        for (Resource model : models) {
            try (InputStream content = model.getInputStream()) {
                deployment.addInputStream(model.getFilename(), content);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read process model " + model.getFilename(), e);
            }
        }
        var deployed = deployment.deployWithResult();
        var processes = deployed.getDeployedProcessDefinitions();
        LOG.info("Process models: {} on the classpath, {} new process version(s) deployed", models.size(),
                processes == null ? 0 : processes.size());
    }

    private static List<Resource> models() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver(ProcessModelDeployer.class.getClassLoader());
        return PATTERNS.stream()
                .flatMap(pattern -> {
                    try {
                        return Arrays.stream(resolver.getResources(pattern));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })
                .sorted(Comparator.comparing(Resource::getFilename))
                .toList();
    }
}
