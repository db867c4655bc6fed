package uk.gov.council.socialgov.tasks;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import uk.gov.council.socialgov.identity.CurrentUser;

import java.util.List;

/** The processes the council runs, and which of them this person may start ("Start something new"). */
@Controller("/api/processes")
@Tag(name = "Tasks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProcessController {

    @Serdeable
    record ProcessSummary(String key, String name, boolean startable, boolean startFormAvailable) {
    }

    private final RepositoryService repository;

    ProcessController(RepositoryService repository) {
        this.repository = repository;
    }

    @Get
    @Transactional
    @Operation(summary = "Every process, newest version, and whether I may start it (its candidate starter groups)")
    List<ProcessSummary> processes(Authentication authentication) {
        CurrentUser user = CurrentUser.of(authentication);
        return repository.createProcessDefinitionQuery().latestVersion().orderByProcessDefinitionName().asc().list().stream()
                .map(definition -> new ProcessSummary(definition.getKey(),
                        definition.getName() == null ? definition.getKey() : definition.getName(),
                        startable(definition, user), hasStartForm(definition)))
                .toList();
    }

    private boolean startable(ProcessDefinition definition, CurrentUser user) {
        return repository.getIdentityLinksForProcessDefinition(definition.getId()).stream()
                .anyMatch(link -> link.getGroupId() != null && user.isIn(link.getGroupId()));
    }

    private boolean hasStartForm(ProcessDefinition definition) {
        return repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(StartEvent.class).stream()
                .anyMatch(start -> start.getCamundaFormRef() != null || start.getCamundaFormKey() != null);
    }
}
