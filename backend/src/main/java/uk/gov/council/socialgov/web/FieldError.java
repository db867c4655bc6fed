package uk.gov.council.socialgov.web;

import io.micronaut.serde.annotation.Serdeable;

/** One wrong field: its JSON path as the client sent it (e.g. {@code businessCase.objectives}) and what to do. */
@Serdeable
public record FieldError(String field, String message) {
}
