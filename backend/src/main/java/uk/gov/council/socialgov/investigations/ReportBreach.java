package uk.gov.council.socialgov.investigations;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * What anyone sends to report a suspected breach (PROCESSES.md P4 start). The line manager who is told about a
 * report on an employee is the subject's, from the organisation directory: the reporter does not choose (issue 19).
 */
@Serdeable
record ReportBreach(
        @NotBlank(message = "Select whether it is about an employee or a councillor") @Size(max = 10) String subjectKind,
        @NotBlank(message = "Select who the report is about") @Size(max = 64) String subject,
        @NotEmpty(message = "Select at least one part of the policy") @Size(max = 20, message = "Select 20 parts of the policy or fewer")
        List<@NotNull @Size(max = 40) String> clauses,
        @NotBlank(message = "Describe what happened") @Size(max = 10000, message = "Description must be 10,000 characters or fewer") String description,
        @Nullable @Size(max = 20, message = "Give 20 links or fewer") List<@NotNull @Size(max = 2000, message = "Each link must be 2,000 characters or fewer") String> postLinks) {
}
