package uk.gov.council.socialgov.tasks;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.audit.CaseHistory;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What a task page shows besides the task: its form, the process diagram, comments and the case's history. */
@Singleton
class TaskDetails {

    @Serdeable
    record Comment(String id, String author, String authorName, Instant time, String message) {
    }

    @Serdeable
    record Diagram(String bpmnXml, List<String> activeActivityIds) {
    }

    private final TaskService tasks;
    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final FormService forms;
    private final JsonMapper json;
    private final Directory directory;
    private final CaseHistory history;
    private final TaskAccess access;
    private final CaseReaders readers;
    private final AuditTrail audit;

    @SuppressWarnings("java:S107") // each is a part of what the task page shows
    TaskDetails(TaskService tasks, RuntimeService runtime, RepositoryService repository, FormService forms, JsonMapper json,
                Directory directory, CaseHistory history, TaskAccess access, CaseReaders readers, AuditTrail audit) {
        this.readers = readers;
        this.audit = audit;
        this.tasks = tasks;
        this.runtime = runtime;
        this.repository = repository;
        this.forms = forms;
        this.json = json;
        this.directory = directory;
        this.history = history;
        this.access = access;
    }

    @Transactional
    JsonNode form(String taskId, CurrentUser user) {
        access.visibleTask(taskId, user);
        return form(taskId);
    }

    /** The Camunda Form the task links to, as the page renders it and the server validates against it. */
    JsonNode form(String taskId) {
        try (InputStream in = forms.getDeployedTaskForm(taskId)) {
            return json.readValue(in.readAllBytes(), JsonNode.class);
        } catch (org.camunda.bpm.engine.BadUserRequestException e) { // also what the engine throws for a task that has just gone
            throw new NotFoundException("This task has no form");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The process model, with the steps the case is at; only this task's own step for someone who may not read the whole case. */
    @Transactional
    Diagram diagram(String taskId, CurrentUser user) {
        Task task = access.visibleTask(taskId, user);
        List<String> active = readsWholeCase(task, user) ? runtime.getActiveActivityIds(task.getProcessInstanceId())
                : List.of(task.getTaskDefinitionKey());
        try (InputStream in = repository.getProcessModel(task.getProcessDefinitionId())) {
            return new Diagram(new String(in.readAllBytes(), StandardCharsets.UTF_8), active);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Comments are case content: each read is audited, as a case page's is. Besides the task's own, someone
     * who may read the whole case sees what was written at earlier steps for later ones (workflow.StepComments).
     */
    @Transactional
    List<Comment> comments(String taskId, CurrentUser user) {
        Task task = access.visibleTask(taskId, user);
        auditRead("TASK_COMMENTS_VIEWED", task);
        List<org.camunda.bpm.engine.task.Comment> found = new ArrayList<>(tasks.getTaskComments(task.getId()));
        if (task.getProcessInstanceId() != null && readsWholeCase(task, user)) {
            tasks.getProcessInstanceComments(task.getProcessInstanceId()).stream().filter(c -> c.getTaskId() == null).forEach(found::add);
        }
        return found.stream()
                .map(this::comment)
                .sorted(Comparator.comparing(Comment::time).reversed())
                .toList();
    }

    /** Who did what to the task's case; only to this task's own step for someone who may not read the whole case. */
    @Transactional
    List<CaseHistory.Entry> history(String taskId, CurrentUser user) {
        Task task = access.visibleTask(taskId, user);
        auditRead("TASK_HISTORY_VIEWED", task);
        return access.caseOf(task).map(c -> readers.mayReadWhole(c.kind(), c.id(), user) ? history.of(c.kind(), c.id())
                : history.ofStep(c.kind(), c.id(), task.getName())).orElse(List.of());
    }

    private void auditRead(String action, Task task) {
        var c = runtime.getVariables(task.getProcessInstanceId(),
                List.of(CaseVariables.CASE_KIND, CaseVariables.CASE_ID, CaseVariables.CASE_REFERENCE));
        audit.record(AuditEvent.onCase(action, (String) c.get(CaseVariables.CASE_KIND), (String) c.get(CaseVariables.CASE_ID),
                (String) c.get(CaseVariables.CASE_REFERENCE), task.getName()));
    }

    private boolean readsWholeCase(Task task, CurrentUser user) {
        return access.caseOf(task).map(c -> readers.mayReadWhole(c.kind(), c.id(), user)).orElse(true);
    }

    Comment comment(org.camunda.bpm.engine.task.Comment comment) {
        String author = comment.getUserId();
        return new Comment(comment.getId(), author,
                directory.find(author).map(Directory.Person::displayName).orElse(author),
                comment.getTime().toInstant(), comment.getFullMessage());
    }
}
