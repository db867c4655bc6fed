package uk.gov.council.socialgov.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a service manager sends to request an account (PROCESSES.md P1 start). */
@Serdeable
record SubmitAccountRequest(
        @NotBlank(message = "Enter the department") @Size(max = 200, message = "Department must be 200 characters or fewer") String department,
        @NotBlank(message = "Select whether the account is departmental or for a campaign")
        @Pattern(regexp = "DEPARTMENTAL|CAMPAIGN", message = "Select whether the account is departmental or for a campaign") String kind,
        @Nullable @Pattern(regexp = "\\d{4}-\\d{2}-\\d{2}", message = "Enter the campaign end date as a real date") String campaignEndDate,
        @NotBlank(message = "Select the platform")
        @Pattern(regexp = "X_TWITTER|FACEBOOK|INSTAGRAM|YOUTUBE|LINKEDIN|WHATSAPP|OTHER", message = "Select the platform") String platform,
        @NotBlank(message = "Enter the proposed account name or handle") @Size(max = 200, message = "Proposed name must be 200 characters or fewer") String proposedName,
        @NotNull(message = "Answer the business case questions") @Valid BusinessCase businessCase,
        @NotEmpty(message = "Name at least one proposed authorised user")
        @Size(max = 20, message = "Name 20 proposed authorised users or fewer")
        List<@NotBlank(message = "Enter a username") String> proposedUsers) {
}
