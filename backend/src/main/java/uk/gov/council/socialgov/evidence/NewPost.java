package uk.gov.council.socialgov.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The details of a post being retained; screenshots or PDFs follow, one upload each, before the record
 * is sealed. The address is optional: a private message or a deleted post has none.
 */
@Serdeable
public record NewPost(
        @NotBlank(message = "Select the platform") @Size(max = 40) String platform,
        @Nullable @Size(max = 2000, message = "Address must be 2,000 characters or fewer") String url,
        @NotBlank(message = "Enter the handle of the account that posted it")
        @Size(max = 200, message = "Handle must be 200 characters or fewer") String authorHandle,
        @Nullable @Size(max = 16, message = "Enter when it was posted as a real date and time") String postedAt,
        @Nullable @Size(max = 20000, message = "Text must be 20,000 characters or fewer") String text) {
}
