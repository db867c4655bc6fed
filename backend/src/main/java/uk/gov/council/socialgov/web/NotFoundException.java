package uk.gov.council.socialgov.web;

/** Answered 404. Also used when the caller may not know the thing exists. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
