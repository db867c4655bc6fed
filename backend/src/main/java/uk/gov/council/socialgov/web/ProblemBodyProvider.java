package uk.gov.council.socialgov.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;

import java.util.List;

/**
 * Every error the server answers in JSON is a problem+json body. Server faults never carry the
 * exception's message: no stack trace, SQL or class name reaches the client.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
class ProblemBodyProvider implements JsonErrorResponseBodyProvider<Problem> {

    @Override
    public Problem body(ErrorContext context, HttpResponse<?> response) {
        int status = response.code();
        List<FieldError> fields = context.getErrors().stream()
                .filter(error -> error.getPath().isPresent())
                .map(error -> new FieldError(error.getPath().get(), error.getMessage()))
                .toList();
        return new Problem("about:blank", title(response.getStatus()), status, detail(context, status, fields), fields);
    }

    @Override
    public String contentType() {
        return Problem.MEDIA_TYPE;
    }

    private static String detail(ErrorContext context, int status, List<FieldError> fields) {
        if (status == HttpStatus.SERVICE_UNAVAILABLE.getCode()) {
            return "Nothing was saved. Try again in a minute.";
        }
        if (status >= 500) {
            return "Something went wrong on our side. Try again later.";
        }
        if (!fields.isEmpty()) {
            return fields.size() == 1 ? fields.get(0).message() : "There are " + fields.size() + " problems with what you entered.";
        }
        return context.getErrors().stream().map(Error::getMessage).findFirst().orElse(null);
    }

    static String title(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "There is a problem with what you entered";
            case UNAUTHORIZED -> "You need to sign in";
            case FORBIDDEN -> "You cannot do this";
            case NOT_FOUND -> "Page not found";
            case METHOD_NOT_ALLOWED -> "This action is not allowed here";
            case CONFLICT -> "This has changed since you opened it";
            case REQUEST_ENTITY_TOO_LARGE -> "What you sent is too large";
            case TOO_MANY_REQUESTS -> "Too many attempts";
            case UNSUPPORTED_MEDIA_TYPE -> "This kind of content is not accepted";
            case SERVICE_UNAVAILABLE -> "Sorry, the service is unavailable";
            default -> status.getCode() >= 500 ? "Sorry, there is a problem with the service" : status.getReason();
        };
    }
}
