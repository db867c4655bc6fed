package uk.gov.council.socialgov.web;

import java.util.List;

/** Thrown when input breaks a rule the annotations cannot express; answered 400 naming the fields. */
public class InvalidRequestException extends RuntimeException {

    private final transient List<FieldError> errors;

    public InvalidRequestException(List<FieldError> errors) {
        super(errors.isEmpty() ? "Invalid request" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
