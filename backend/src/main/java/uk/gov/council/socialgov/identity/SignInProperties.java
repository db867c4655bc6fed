package uk.gov.council.socialgov.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/** How many wrong passwords lock an account, and for how long. */
@ConfigurationProperties("socialgov.sign-in")
public record SignInProperties(
        @Bindable(defaultValue = "5") int maxFailures,
        @Bindable(defaultValue = "15m") Duration lockFor) {
}
