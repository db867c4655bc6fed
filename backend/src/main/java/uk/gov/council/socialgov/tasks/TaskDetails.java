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
import uk.gov.council.socialgov.audit.CaseHistory;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.web.NotFoundException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
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

    TaskDetails(TaskService tasks, RuntimeService runtime, RepositoryService repository, FormService forms, JsonMapper json,
                Directory directory, CaseHistory history, TaskAccess access) {
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

    @Transactional
    Diagram diagram(String taskId, CurrentUser user) {
        Task task = access.visibleTask(taskId, user);
        try (InputStream in = repository.getProcessModel(task.getProcessDefinitionId())) {
            return new Diagram(new String(in.readAllBytes(), StandardCharsets.UTF_8),
                    runtime.getActiveActivityIds(task.getProcessInstanceId()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional
    List<Comment> comments(String taskId, CurrentUser user) {
        return tasks.getTaskComments(access.visibleTask(taskId, user).getId()).stream()
                .map(this::comment)
                .sorted(Comparator.comparing(Comment::time).reversed())
                .toList();
    }

    @Transactional
    List<CaseHistory.Entry> history(String taskId, CurrentUser user) {
        return access.caseOf(access.visibleTask(taskId, user)).map(c -> history.of(c.kind(), c.id())).orElse(List.of());
    }

    Comment comment(org.camunda.bpm.engine.task.Comment comment) {
        String author = comment.getUserId();
        return new Comment(comment.getId(), author,
                directory.find(author).map(Directory.Person::displayName).orElse(author),
                comment.getTime().toInstant(), comment.getFullMessage());
    }
}
