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
 * Who hears about a task: its assignee and whoever covers for them today, or else everyone in its
 * candidate groups; never someone
 * kept out of the case, nor a person the case is by or about (they cannot work it either).
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

    List<Directory.Person> of(String assignee, Collection<String> groups, VariableScope caseVariables) {
        return of(assignee, groups, caseVariables, false);
    }

    /** {@code personal}: the process gave the task to this assignee by name, so being involved in the case does not stop them hearing of it. */
    List<Directory.Person> of(String assignee, Collection<String> groups, VariableScope caseVariables, boolean personal) {
        Map<String, Directory.Person> people = new LinkedHashMap<>();
        if (assignee != null) {
            directory.find(assignee).ifPresent(person -> people.put(person.username(), person));
            cover.substitutesToday(assignee).forEach(substitute ->
                    directory.find(substitute).ifPresent(person -> people.putIfAbsent(person.username(), person)));
        } else {
            groups.forEach(group -> directory.membersOf(group).forEach(person -> people.putIfAbsent(person.username(), person)));
        }
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
