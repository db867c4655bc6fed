package uk.gov.council.socialgov.tasks;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The task list's view, criteria, sort and page, all from the query string so a list can be bookmarked. */
@Introspected
record TaskFilter(
        @QueryValue @Nullable @Pattern(regexp = "mine|group|handed-over", message = "Choose my tasks, my groups' tasks or tasks I handed over") String view,
        @QueryValue @Nullable @Size(max = 100) String processKey,
        @QueryValue @Nullable @Size(max = 200, message = "Task name must be 200 characters or fewer") String name,
        @QueryValue @Nullable @Size(max = 64) String candidateGroup,
        @QueryValue @Nullable @Size(max = 64) String assignee,
        @QueryValue @Nullable @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "Enter the due-from date as a real date") String dueFrom,
        @QueryValue @Nullable @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "Enter the due-to date as a real date") String dueTo,
        @QueryValue @Nullable @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "Enter the created-from date as a real date") String createdFrom,
        @QueryValue @Nullable @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "Enter the created-to date as a real date") String createdTo,
        @QueryValue @Nullable @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "Enter the follow-up-from date as a real date") String followUpFrom,
        @QueryValue @Nullable @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "Enter the follow-up-to date as a real date") String followUpTo,
        @QueryValue @Nullable Boolean overdue,
        @QueryValue @Nullable @Size(max = 40, message = "Case reference must be 40 characters or fewer") String caseReference,
        @QueryValue @Nullable @Size(max = 200, message = "Search text must be 200 characters or fewer") String text,
        @QueryValue @Nullable @Pattern(regexp = "due|created|priority|name", message = "Sort by due date, created, priority or name") String sort,
        @QueryValue @Nullable @Pattern(regexp = "asc|desc", message = "Order must be asc or desc") String order,
        @QueryValue @Nullable @Min(value = 0, message = "Page must be 0 or more") @Max(value = 10_000, message = "Page must be 10,000 or less") Integer page,
        @QueryValue @Nullable @Min(value = 1, message = "Size must be between 1 and 200") @Max(value = 200, message = "Size must be between 1 and 200") Integer size) {

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? 50 : size;
    }
}
