package uk.gov.council.socialgov.web;

import java.time.Duration;

/** Answered 429 with {@code Retry-After}: the caller has tried too often and must wait this long. */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(String message, Duration retryAfter) {
        super(message);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
