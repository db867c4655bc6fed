package uk.gov.council.socialgov.notifications;

import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.tasks.Cover;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who hears about a task: its assignee and whoever covers for them today and could work it (in one of
 * its groups; nobody covers a step the process gives one person by name), or else everyone in its
 * groups; never someone kept out of the case, nor a person the case is by or about (they cannot work
 * it either), unless the process gave the step to them by name.
 */
@Singleton
class TaskRecipients {

    private final Directory directory;
    private final CaseExclusions exclusions;
    private final Cover cover;

    TaskRecipients(Directory directory, CaseExclusions exclusions, Cover cover) {
        this.directory = directory;
        this.exclusions = exclusions;
        this.cover = cover;
    }

    /** {@code taskGroups}: the task's candidate groups, none for a step the process gives its assignee by name. */
    List<Directory.Person> of(String assignee, Collection<String> taskGroups, VariableScope caseVariables) {
        Map<String, Directory.Person> people = new LinkedHashMap<>();
        if (assignee != null) {
            directory.find(assignee).ifPresent(person -> people.put(person.username(), person));
            cover.substitutesToday(assignee).forEach(substitute -> directory.find(substitute)
                    .filter(person -> person.groups().stream().anyMatch(taskGroups::contains))
                    .ifPresent(person -> people.putIfAbsent(person.username(), person)));
        } else {
            taskGroups.forEach(group -> directory.membersOf(group).forEach(person -> people.putIfAbsent(person.username(), person)));
        }
        boolean personal = assignee != null && taskGroups.isEmpty();
        Object involved = caseVariables.getVariable(CaseVariables.INVOLVED);
        Set<String> excluded = excludedFrom(caseVariables);
        return people.values().stream()
                .filter(person -> (personal && person.username().equals(assignee)) || !CaseVariables.involves(involved, person.username()))
                .filter(person -> !excluded.contains(person.username()))
                .toList();
    }

    private Set<String> excludedFrom(VariableScope caseVariables) {
        Object kind = caseVariables.getVariable(CaseVariables.CASE_KIND);
        Object id = caseVariables.getVariable(CaseVariables.CASE_ID);
        return kind == null || id == null ? Set.of() : exclusions.excludedFrom(kind.toString(), id.toString());
    }
}
