package uk.gov.council.socialgov.operations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.web.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What Camunda's paid monitoring tools show, for administrators: counts per process and step,
 * incidents with their error, and retrying a failed job. Only process-level facts: no case
 * variables, titles or references.
 */
@Controller("/api/operations")
@Tag(name = "Operations")
@Secured(Groups.ADMINS)
@ExecuteOn(TaskExecutors.BLOCKING)
class OperationsController {

    @Serdeable
    record ProcessStatistics(String key, String name, int version, long running, long finished, long incidents) {
    }

    @Serdeable
    record IncidentView(String id, String processKey, String activityId, @Nullable String message, Instant time,
                        @Nullable String jobId) {
    }

    @Serdeable
    record ProcessDiagram(String bpmnXml, Map<String, Long> runningByStep, Map<String, Long> incidentsByStep) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final ManagementService management;
    private final AuditTrail audit;

    OperationsController(RepositoryService repository, RuntimeService runtime, HistoryService history,
                         ManagementService management, AuditTrail audit) {
        this.repository = repository;
        this.runtime = runtime;
        this.history = history;
        this.management = management;
        this.audit = audit;
    }

    @Get("/processes")
    @Transactional
    @Operation(summary = "Each process with its running and finished instances and open incidents")
    List<ProcessStatistics> processes() {
        return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionKey().asc().list().stream()
                .map(definition -> new ProcessStatistics(definition.getKey(), name(definition), definition.getVersion(),
                        runtime.createProcessInstanceQuery().processDefinitionKey(definition.getKey()).count(),
                        history.createHistoricProcessInstanceQuery().processDefinitionKey(definition.getKey()).finished().count(),
                        runtime.createIncidentQuery().processDefinitionKeyIn(definition.getKey()).count()))
                .toList();
    }

    @Get("/processes/{key}/diagram")
    @Transactional
    @Operation(summary = "A process's diagram with how many instances wait at each step, and incidents per step")
    ProcessDiagram diagram(@PathVariable String key) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key).latestVersion().singleResult();
        if (definition == null) {
            throw new NotFoundException("There is no process " + key);
        }
        Map<String, Long> running = new LinkedHashMap<>();
        Map<String, Long> incidents = new LinkedHashMap<>();
        management.createActivityStatisticsQuery(definition.getId()).includeIncidents().list().forEach(statistics -> {
            running.put(statistics.getId(), (long) statistics.getInstances());
            long failed = statistics.getIncidentStatistics().stream().mapToLong(i -> i.getIncidentCount()).sum();
            if (failed > 0) {
                incidents.put(statistics.getId(), failed);
            }
        });
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            return new ProcessDiagram(new String(in.readAllBytes(), StandardCharsets.UTF_8), running, incidents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Get("/incidents")
    @Transactional
    @Operation(summary = "Open incidents, newest first (at most 200)")
    List<IncidentView> incidents() {
        return runtime.createIncidentQuery().orderByIncidentTimestamp().desc().listPage(0, 200).stream()
                .map(incident -> new IncidentView(incident.getId(),
                        repository.getProcessDefinition(incident.getProcessDefinitionId()).getKey(),
                        incident.getActivityId(), incident.getIncidentMessage(), incident.getIncidentTimestamp().toInstant(),
                        "failedJob".equals(incident.getIncidentType()) ? incident.getConfiguration() : null))
                .toList();
    }

    @Post("/jobs/{id}/retry")
    @Transactional
    @Operation(summary = "Give a failed job one more try")
    HttpResponse<Void> retry(@PathVariable String id) {
        if (management.createJobQuery().jobId(id).count() == 0) {
            throw new NotFoundException("There is no job " + id);
        }
        management.setJobRetries(id, 1);
        audit.record(AuditEvent.of("JOB_RETRIED", "job " + id));
        return HttpResponse.noContent();
    }

    private static String name(ProcessDefinition definition) {
        return definition.getName() == null ? definition.getKey() : definition.getName();
    }
}
