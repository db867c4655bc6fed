package uk.gov.council.socialgov.tasks;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Saving, listing and deleting task-list filters. Criteria are the task list's own query values. */
@Singleton
class SavedFilters {

    static final Set<String> CRITERIA = Set.of("view", "processKey", "name", "candidateGroup", "assignee", "dueFrom",
            "dueTo", "createdFrom", "createdTo", "followUpFrom", "followUpTo", "overdue", "caseReference", "text", "sort", "order");

    @Serdeable
    record View(UUID id, String name, Map<String, String> criteria, @Nullable String sharedWithGroup, String owner,
                String ownerName, boolean mine) {
    }

    private final SavedFilterStore filters;
    private final Directory directory;

    SavedFilters(SavedFilterStore filters, Directory directory) {
        this.filters = filters;
        this.directory = directory;
    }

    @Transactional
    List<View> visible(CurrentUser user) {
        return filters.findVisible(user.username(), user.groupList()).stream().map(filter -> view(filter, user)).toList();
    }

    @Transactional
    View save(CurrentUser user, String name, Map<String, String> criteria, @Nullable String sharedWithGroup) {
        Map<String, String> kept = new LinkedHashMap<>();
        for (var entry : criteria.entrySet()) {
            if (!CRITERIA.contains(entry.getKey())) {
                throw new InvalidRequestException("criteria", "A task list cannot be filtered by " + entry.getKey());
            }
            if (entry.getValue() != null && !entry.getValue().isBlank()) {
                if (entry.getValue().length() > 200) {
                    throw new InvalidRequestException("criteria", "Each criterion must be 200 characters or fewer");
                }
                kept.put(entry.getKey(), entry.getValue().strip());
            }
        }
        if (kept.isEmpty()) {
            throw new InvalidRequestException("criteria", "Choose at least one criterion before saving a filter");
        }
        String group = sharedWithGroup == null || sharedWithGroup.isBlank() ? null : sharedWithGroup;
        if (group != null && !user.isIn(group)) {
            throw new InvalidRequestException("sharedWithGroup", "You can only share a filter with a group you are in");
        }
        return view(filters.save(new SavedFilter(UUID.randomUUID(), user.username(), name.strip(), kept, group, EngineClock.now())), user);
    }

    @Transactional
    void delete(CurrentUser user, UUID id) {
        SavedFilter filter = filters.findById(id).filter(f -> f.owner().equals(user.username()))
                .orElseThrow(() -> new NotFoundException("There is no filter " + id));
        filters.delete(filter);
    }

    private View view(SavedFilter filter, CurrentUser user) {
        return new View(filter.id(), filter.name(), filter.criteria(), filter.sharedWithGroup(), filter.owner(),
                directory.find(filter.owner()).map(Directory.Person::displayName).orElse(filter.owner()),
                filter.owner().equals(user.username()));
    }
}
