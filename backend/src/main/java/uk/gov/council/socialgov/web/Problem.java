package uk.gov.council.socialgov.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.util.List;

/**
 * An RFC 9457 problem detail. {@code errors} names each field that was wrong, with a message in
 * plain English that the page shows beside the field and in its error summary.
 */
@Serdeable
public record Problem(String type, String title, int status, @Nullable String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
