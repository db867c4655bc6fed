package uk.gov.council.socialgov.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;

/**
 * One person as the organisation directory holds them (issue 19): a member of staff or a councillor,
 * whether or not they have ever signed in. Their username is their sign-in's when they have one.
 */
@Serdeable
record DirectoryEntry(String username, String displayName, String email, Kind kind, @Nullable String employeeNumber,
                      @Nullable String jobTitle, @Nullable String department, @Nullable String lineManager,
                      @Nullable LocalDate leavingDate) {

    enum Kind { STAFF, COUNCILLOR }

    /** Whether this is the same person in another department. */
    boolean movedFrom(DirectoryEntry before) {
        return !java.util.Objects.equals(department, before.department);
    }
}
