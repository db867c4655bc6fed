package uk.gov.council.socialgov.web;

/** Answered 409: the request was valid but the thing has moved on (claimed by someone else, already decided). */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
