package uk.gov.council.socialgov.web;

/** Answered 403: the caller can see the thing but may not do this to it. */
public class ForbiddenException extends RuntimeException {

    public ForbiddenException(String message) {
        super(message);
    }
}
