package uk.gov.council.socialgov.access;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;
import java.util.UUID;

/**
 * What an employee (or their manager, or comms for them) sends to ask for temporary access (PROCESSES.md P3 start).
 * Nobody chooses who endorses it: that is the grantee's line manager in the organisation directory (issue 19).
 */
@Serdeable
record RequestAccess(
        @Nullable @Size(max = 64, message = "Username must be 64 characters or fewer") String grantee,
        @NotEmpty(message = "Select at least one account") @Size(max = 20, message = "Select 20 accounts or fewer")
        List<@NotNull(message = "Select an account from the list") UUID> accountIds,
        @NotBlank(message = "Enter what you need the access for") @Size(max = 2000, message = "Purpose must be 2,000 characters or fewer") String purpose,
        @NotBlank(message = "Enter how you will use the account") @Size(max = 2000, message = "Intended use must be 2,000 characters or fewer") String intendedUse,
        @NotBlank(message = "Enter the date the access should end")
        @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "Enter the end date as a real date") String requestedEndDate) {
}
