package uk.gov.council.socialgov.harassment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a councillor (or the Monitoring Officer for them) sends to report harassment (PROCESSES.md P5 start). */
@Serdeable
record ReportHarassment(
        @Nullable @Size(max = 64) String member,
        @NotBlank(message = "Select where it happened") @Size(max = 40) String platform,
        @NotBlank(message = "Enter the accounts or people involved")
        @Size(max = 2000, message = "Accounts must be 2,000 characters or fewer") String offendingAccounts,
        @NotBlank(message = "Tell us what happened") @Size(max = 10000, message = "What happened must be 10,000 characters or fewer") String description,
        @Nullable @Size(max = 20, message = "Give 20 links or fewer") List<@NotNull @Size(max = 2000, message = "Each link must be 2,000 characters or fewer") String> postLinks,
        @NotNull(message = "Say whether you feel in immediate danger") Boolean immediateDanger,
        @NotNull(message = "Say whether we should tell your group leader") Boolean informGroupLeader,
        @NotNull(message = "Say whether you have told the police") Boolean policeTold,
        @Nullable @Size(max = 100, message = "Crime reference must be 100 characters or fewer") String crimeReference) {
}
