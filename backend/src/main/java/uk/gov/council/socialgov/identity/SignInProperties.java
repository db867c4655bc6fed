package uk.gov.council.socialgov.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.time.Duration;

/**
 * How many wrong passwords lock an account, and for how long; and how many failed sign-ins one
 * address, or one username, may have within {@code failureWindow} before further attempts are
 * refused 429 without checking the password (counted in memory, per node).
 */
@ConfigurationProperties("socialgov.sign-in")
public record SignInProperties(
        @Bindable(defaultValue = "5") int maxFailures,
        @Bindable(defaultValue = "15m") Duration lockFor,
        @Bindable(defaultValue = "30") int failuresPerAddress,
        @Bindable(defaultValue = "10") int failuresPerUsername,
        @Bindable(defaultValue = "1m") Duration failureWindow) {
}
