package uk.gov.council.socialgov.tasks;

import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.task.TaskQuery;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/** The task list: three views (mine, my groups' unclaimed, handed over), criteria, sort and paging on the server. */
@Singleton
class TaskQueries {


    record TaskPage(List<TaskView> items, long total) {
    }

    @Serdeable
    record Counts(long mine, long group, long handedOver) {
    }

    private final TaskAccess access;

    TaskQueries(TaskAccess access) {
        this.access = access;
    }

    @Transactional
    TaskPage list(CurrentUser user, TaskFilter filter) {
        TaskQuery query = query(user, filter);
        if (query == null) {
            return new TaskPage(List.of(), 0);
        }
        long total = query.count();
        sort(query, filter);
        int size = filter.sizeOrDefault();
        return new TaskPage(access.views(query.listPage(filter.pageOrFirst() * size, size), user), total);
    }

    @Transactional
    Counts counts(CurrentUser user) {
        String[] assignees = access.assignees(user).toArray(String[]::new);
        List<String> groups = user.groupList();
        return new Counts(
                mine(access.query(user), user, groups, assignees).count(),
                unclaimedInGroups(access.query(user), groups).count(),
                handedOver(access.query(user), user, groups).count());
    }

    /**
     * Tasks I have claimed or the process gave me, and those claimed by colleagues I cover in groups
     * I am in myself (never their personal steps). Tasks of a group I have left go back to the group
     * when I leave it, so my own claimed tasks are all in my groups.
     */
    private static TaskQuery mine(TaskQuery query, CurrentUser user, List<String> groups, String[] assignees) {
        query.taskAssigneeIn(assignees);
        return inMyGroupsUnlessMine(query, user, groups);
    }

    /** The tasks I gave colleagues, while I am still in one of their groups. */
    private static TaskQuery handedOver(TaskQuery query, CurrentUser user, List<String> groups) {
        query.taskVariableValueEquals(TaskAccess.HANDED_OVER_BY, user.username());
        return groups.isEmpty() ? nothing(query) : query.taskCandidateGroupIn(groups).includeAssignedTasks();
    }

    private static TaskQuery unclaimedInGroups(TaskQuery query, List<String> groups) {
        return groups.isEmpty() ? nothing(query) : query.taskCandidateGroupIn(groups);
    }

    /** The engine refuses an empty list of groups; someone in no group simply has no group tasks. */
    private static TaskQuery nothing(TaskQuery query) {
        return query.taskId("");
    }

    private static TaskQuery inMyGroupsUnlessMine(TaskQuery query, CurrentUser user, List<String> groups) {
        TaskQuery either = query.or().taskAssignee(user.username());
        if (!groups.isEmpty()) {
            either.taskCandidateGroupIn(groups).includeAssignedTasks();
        }
        return either.endOr();
    }

    /** Null when the criteria cannot match anything this person may see (e.g. a group they are not in). */
    private TaskQuery query(CurrentUser user, TaskFilter filter) {
        List<String> groups = user.groupList();
        if (filter.candidateGroup() != null && !filter.candidateGroup().isBlank()) {
            if (!user.isIn(filter.candidateGroup())) {
                return null;
            }
            groups = List.of(filter.candidateGroup());
        }
        String[] assignees = access.assignees(user).toArray(String[]::new);
        TaskQuery query = access.query(user);
        switch (filter.view() == null ? "" : filter.view()) {
            case "mine" -> mine(query, user, groups, assignees);
            case "group" -> unclaimedInGroups(query, groups);
            case "handed-over" -> handedOver(query, user, groups);
            default -> inMyGroupsUnlessMine(query, user, groups).or().taskAssigneeIn(assignees).taskUnassigned().endOr();
        }
        if (present(filter.processKey())) {
            query.processDefinitionKey(filter.processKey());
        }
        if (present(filter.name())) {
            query.taskNameLike("%" + escapeLike(filter.name()) + "%");
        }
        if (present(filter.assignee())) {
            query.taskAssignee(filter.assignee());
        }
        fromDay(filter.dueFrom(), "dueFrom", query::dueAfter);
        toDay(filter.dueTo(), "dueTo", query::dueBefore);
        fromDay(filter.createdFrom(), "createdFrom", query::taskCreatedAfter);
        toDay(filter.createdTo(), "createdTo", query::taskCreatedBefore);
        fromDay(filter.followUpFrom(), "followUpFrom", query::followUpAfter);
        toDay(filter.followUpTo(), "followUpTo", query::followUpBefore);
        if (Boolean.TRUE.equals(filter.overdue())) {
            query.dueBefore(Date.from(EngineClock.now()));
        }
        if (present(filter.caseReference())) {
            query.processInstanceBusinessKey(filter.caseReference().strip());
        }
        if (present(filter.text())) {
            query.matchVariableValuesIgnoreCase()
                    .processVariableValueLike(CaseVariables.CASE_TITLE, "%" + escapeLike(filter.text().strip()) + "%");
        }
        return query;
    }

    private static void sort(TaskQuery query, TaskFilter filter) {
        switch (filter.sort() == null ? "due" : filter.sort()) {
            case "created" -> query.orderByTaskCreateTime();
            case "priority" -> query.orderByTaskPriority();
            case "name" -> query.orderByTaskName();
            default -> query.orderByDueDate();
        }
        if ("desc".equals(filter.order())) {
            query.desc();
        } else {
            query.asc();
        }
        query.orderByTaskCreateTime().asc(); // a stable order within equal keys
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    /** Search text is matched literally: LIKE wildcards typed by the person are not wildcards. */
    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A "from" date criterion, when given: from the start of that day. */
    private static void fromDay(String date, String field, Consumer<Date> criterion) {
        if (present(date)) {
            criterion.accept(startOfDay(date, field));
        }
    }

    /** A "to" date criterion, when given: up to the end of that day. */
    private static void toDay(String date, String field, Consumer<Date> criterion) {
        if (present(date)) {
            criterion.accept(endOfDay(date, field));
        }
    }

    /** The first instant of a UK day; days people type are inclusive. */
    private static Date startOfDay(String date, String field) {
        try {
            return Date.from(LocalDate.parse(date).atStartOfDay(EngineClock.UK).toInstant());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidRequestException(field, "Enter a real date, like 2026-11-27");
        }
    }

    private static Date endOfDay(String date, String field) {
        return Date.from(startOfDay(date, field).toInstant().atZone(EngineClock.UK).plusDays(1).toInstant());
    }
}
