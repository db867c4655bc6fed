package uk.gov.council.socialgov.accounts;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The ten questions every new account must answer (policy D 6.1), in the order the policy asks them. */
@Serdeable
public record BusinessCase(
        @NotBlank(message = "Enter the account's objectives") @Size(max = 4000, message = "Objectives must be 4,000 characters or fewer") String objectives,
        @NotBlank(message = "Enter how it fits the service's communications and marketing strategy") @Size(max = 4000, message = "Strategy fit must be 4,000 characters or fewer") String strategyFit,
        @NotBlank(message = "Enter who the audience is") @Size(max = 4000, message = "Audience must be 4,000 characters or fewer") String audience,
        @NotBlank(message = "Enter who might be excluded and how you will reach them") @Size(max = 4000, message = "Excluded audiences must be 4,000 characters or fewer") String excludedAudiences,
        @NotBlank(message = "Enter the staff time and response times") @Size(max = 4000, message = "Resourcing must be 4,000 characters or fewer") String resourcing,
        @NotBlank(message = "Enter how you will handle negative responses") @Size(max = 4000, message = "Negative responses must be 4,000 characters or fewer") String negativeResponses,
        @NotBlank(message = "Enter the skills of the people who will post") @Size(max = 4000, message = "Skills must be 4,000 characters or fewer") String skills,
        @NotBlank(message = "Enter the risks and how you will reduce them") @Size(max = 4000, message = "Risks must be 4,000 characters or fewer") String risks,
        @NotBlank(message = "Enter how you will measure return on investment") @Size(max = 4000, message = "Evaluation must be 4,000 characters or fewer") String evaluation,
        @NotBlank(message = "Enter the exit strategy") @Size(max = 4000, message = "Exit strategy must be 4,000 characters or fewer") String exitStrategy) {
}
