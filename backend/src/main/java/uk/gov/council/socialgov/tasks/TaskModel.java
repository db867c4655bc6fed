package uk.gov.council.socialgov.tasks;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the process model says about a step: its plain-words instructions (the BPMN documentation),
 * the policy clauses it serves ({@code camunda:property name="policyClauses"}), whether the person
 * the case is about does it ({@code doneByThePersonConcerned}), its form and its process's name. Read once per deployed version; models never change once deployed.
 */
@Singleton
class TaskModel {

    static final String POLICY_CLAUSES = "policyClauses";
    /** Marks a step for the person the case is by or about (answering a question, signing their statement). */
    static final String DONE_BY_THE_PERSON_CONCERNED = "doneByThePersonConcerned";
    /** Marks a step whose same answer may be given to many tasks at once (authorising disposals in a batch). */
    static final String COMPLETE_MANY_AT_ONCE = "completeManyAtOnce";

    /**
     * {@code doneByThePersonConcerned}: the person the case is by or about may do this step, though they may work no other;
     * {@code completeManyAtOnce}: one answer may complete many of these tasks at once.
     */
    record Step(String processKey, String processName, String instructions, List<String> policyClauses, String formKey,
                boolean doneByThePersonConcerned, boolean completeManyAtOnce) {
    }

    private final RepositoryService repository;
    private final Map<String, Step> steps = new ConcurrentHashMap<>();

    TaskModel(RepositoryService repository) {
        this.repository = repository;
    }

    Step step(String processDefinitionId, String taskDefinitionKey) {
        return steps.computeIfAbsent(processDefinitionId + "#" + taskDefinitionKey, key -> read(processDefinitionId, taskDefinitionKey));
    }

    private Step read(String processDefinitionId, String taskDefinitionKey) {
        var definition = repository.getProcessDefinition(processDefinitionId);
        BpmnModelInstance model = repository.getBpmnModelInstance(processDefinitionId);
        UserTask task = model.getModelElementById(taskDefinitionKey);
        String instructions = null;
        List<String> clauses = List.of();
        String formKey = null;
        boolean doneByThePersonConcerned = false;
        boolean completeManyAtOnce = false;
        if (task != null) {
            instructions = task.getDocumentations().stream().map(Documentation::getTextContent)
                    .map(String::strip).findFirst().orElse(null);
            formKey = task.getCamundaFormRef();
            CamundaProperties properties = task.getExtensionElements() == null ? null
                    : task.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list()
                    .stream().findFirst().orElse(null);
            if (properties != null) {
                clauses = properties.getCamundaProperties().stream()
                        .filter(p -> POLICY_CLAUSES.equals(p.getCamundaName()))
                        .map(CamundaProperty::getCamundaValue)
                        .flatMap(value -> Arrays.stream(value.split(",")))
                        .map(String::strip).filter(s -> !s.isEmpty()).toList();
                doneByThePersonConcerned = flagged(properties, DONE_BY_THE_PERSON_CONCERNED);
                completeManyAtOnce = flagged(properties, COMPLETE_MANY_AT_ONCE);
            }
        }
        String name = definition.getName() == null ? definition.getKey() : definition.getName();
        return new Step(definition.getKey(), name, instructions, clauses, formKey, doneByThePersonConcerned, completeManyAtOnce);
    }

    private static boolean flagged(CamundaProperties properties, String flag) {
        return properties.getCamundaProperties().stream().anyMatch(p -> flag.equals(p.getCamundaName()) && "true".equals(p.getCamundaValue()));
    }
}
