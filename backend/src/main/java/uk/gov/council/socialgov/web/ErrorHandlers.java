package uk.gov.council.socialgov.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.exceptions.ContentLengthExceededException;
import io.micronaut.http.server.exceptions.ContentLengthExceededHandler;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;

/** Turns the exceptions our code and the frameworks throw into problem+json answers that name the field. */
final class ErrorHandlers {

    private static final Logger LOG = LoggerFactory.getLogger(ErrorHandlers.class);

    private ErrorHandlers() {
    }

    private static MutableHttpResponse<?> respond(ErrorResponseProcessor<?> processor, HttpRequest<?> request,
                                                  Throwable cause, MutableHttpResponse<?> response, List<FieldError> fields,
                                                  String message) {
        ErrorContext.Builder context = ErrorContext.builder(request).cause(cause);
        if (fields.isEmpty()) {
            context.errorMessage(message);
        } else {
            context.errors(fields.stream().<Error>map(ErrorHandlers::error).toList());
        }
        return processor.processResponse(context.build(), response);
    }

    private static Error error(FieldError field) {
        return new Error() {
            @Override
            public Optional<String> getPath() {
                return Optional.of(field.field());
            }

            @Override
            public String getMessage() {
                return field.message();
            }
        };
    }

    /** Answers one kind of exception with one status, through the shared problem+json body. */
    abstract static class Handler<E extends Throwable> implements ExceptionHandler<E, HttpResponse<?>> {
        private final ErrorResponseProcessor<?> processor;
        private final HttpStatus status;

        Handler(ErrorResponseProcessor<?> processor, HttpStatus status) {
            this.processor = processor;
            this.status = status;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, E exception) {
            return respond(processor, request, exception, HttpResponse.status(status), fields(exception), message(exception));
        }

        List<FieldError> fields(E exception) {
            return List.of();
        }

        String message(E exception) {
            return exception.getMessage();
        }
    }

    @Singleton
    @Replaces(ConstraintExceptionHandler.class)
    static class ConstraintViolations extends Handler<ConstraintViolationException> {
        ConstraintViolations(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.BAD_REQUEST);
        }

        @Override
        List<FieldError> fields(ConstraintViolationException exception) {
            return exception.getConstraintViolations().stream()
                    .map(violation -> new FieldError(field(violation), violation.getMessage()))
                    .sorted(Comparator.comparing(FieldError::field))
                    .toList();
        }

        /**
         * {@code submit.request.businessCase.objectives} becomes {@code businessCase.objectives} (a body's
         * field); {@code search.to} stays {@code to} (a query value); an element of a list is {@code names[1]}.
         */
        private static String field(ConstraintViolation<?> violation) {
            List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false)
                    .filter(node -> node.getKind() != ElementKind.METHOD && node.getKind() != ElementKind.CONSTRUCTOR)
                    .toList();
            if (nodes.size() > 1 && nodes.get(0).getKind() == ElementKind.PARAMETER) {
                nodes = nodes.subList(1, nodes.size());
            }
            StringBuilder field = new StringBuilder();
            for (Path.Node node : nodes) {
                if (node.getKind() == ElementKind.CONTAINER_ELEMENT) {
                    // an element of a list in the body: names[1], not names.<list element>[1]
                    field.append(node.getIndex() == null ? "" : "[" + node.getIndex() + "]");
                    continue;
                }
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
                field.append(node.getIndex() != null ? "[" + node.getIndex() + "]" : "");
            }
            return field.isEmpty() ? "body" : field.toString();
        }
    }

    @Singleton
    @Replaces(ConversionErrorHandler.class)
    static class ConversionErrors extends Handler<ConversionErrorException> {
        ConversionErrors(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.BAD_REQUEST);
        }

        /** A field the body's reader refused by name (e.g. a number where text belongs) is named; otherwise the argument. */
        @Override
        List<FieldError> fields(ConversionErrorException exception) {
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof InvalidRequestException refused) {
                    return refused.errors();
                }
            }
            return List.of(new FieldError(exception.getArgument().getName(), "Enter a valid value"));
        }
    }

    @Singleton
    static class InvalidRequests extends Handler<InvalidRequestException> {
        InvalidRequests(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.BAD_REQUEST);
        }

        @Override
        List<FieldError> fields(InvalidRequestException exception) {
            return exception.errors();
        }
    }

    @Singleton
    static class NotFound extends Handler<NotFoundException> {
        NotFound(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.NOT_FOUND);
        }
    }

    @Singleton
    static class Forbidden extends Handler<ForbiddenException> {
        Forbidden(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.FORBIDDEN);
        }
    }

    @Singleton
    static class Conflict extends Handler<ConflictException> {
        Conflict(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.CONFLICT);
        }
    }

    @Singleton
    static class TooManyRequests extends Handler<TooManyRequestsException> {
        TooManyRequests(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.TOO_MANY_REQUESTS);
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, TooManyRequestsException exception) {
            long seconds = Math.max(1, (exception.retryAfter().toMillis() + 999) / 1000);
            return ((MutableHttpResponse<?>) super.handle(request, exception)).header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds));
        }
    }

    /**
     * A body over the server's limit is refused before it is read. The connection is closed, or a
     * client still sending the rest would wait for it to time out.
     */
    @Singleton
    @Replaces(ContentLengthExceededHandler.class)
    static class TooLarge extends Handler<ContentLengthExceededException> {
        TooLarge(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.REQUEST_ENTITY_TOO_LARGE);
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ContentLengthExceededException exception) {
            return ((MutableHttpResponse<?>) super.handle(request, exception)).header(HttpHeaders.CONNECTION, "close");
        }

        @Override
        String message(ContentLengthExceededException exception) {
            return "What you sent is larger than the 10 MB this service accepts.";
        }
    }

    /**
     * The engine wraps what a process step or task listener threw (e.g. "attach the images first") in
     * its own exception; the person is answered as if the step had refused them directly.
     */
    @Singleton
    static class RefusedInsideTheEngine implements ExceptionHandler<ProcessEngineException, HttpResponse<?>> {
        private final InvalidRequests invalid;
        private final Conflict conflict;
        private final Forbidden forbidden;
        private final NotFound notFound;
        private final ErrorResponseProcessor<?> processor;

        RefusedInsideTheEngine(InvalidRequests invalid, Conflict conflict, Forbidden forbidden, NotFound notFound,
                               ErrorResponseProcessor<?> processor) {
            this.invalid = invalid;
            this.conflict = conflict;
            this.forbidden = forbidden;
            this.notFound = notFound;
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ProcessEngineException exception) {
            for (Throwable cause = exception.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
                if (cause instanceof InvalidRequestException e) {
                    return invalid.handle(request, e);
                } else if (cause instanceof ConflictException e) {
                    return conflict.handle(request, e);
                } else if (cause instanceof ForbiddenException e) {
                    return forbidden.handle(request, e);
                } else if (cause instanceof NotFoundException e) {
                    return notFound.handle(request, e);
                }
            }
            return Unexpected.answer(processor, request, exception);
        }
    }

    /**
     * Anything no other handler knows. PostgreSQL being down or restarting is the one failure a
     * person can do something about, so they are told to try again. Usually the transaction rolled back;
     * if PostgreSQL went away during the commit it may have committed, which is why case starts take an
     * Idempotency-Key (decision 0019).
     */
    @Singleton
    static class Unexpected implements ExceptionHandler<RuntimeException, HttpResponse<?>> {
        private static final String RETRY_AFTER_SECONDS = "60"; // as the message says: a minute
        private final ErrorResponseProcessor<?> processor;

        Unexpected(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, RuntimeException exception) {
            return answer(processor, request, exception);
        }

        static HttpResponse<?> answer(ErrorResponseProcessor<?> processor, HttpRequest<?> request, RuntimeException exception) {
            if (databaseUnavailable(exception)) {
                LOG.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getPath(), exception.getMessage());
                return respond(processor, request, exception,
                        HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS),
                        List.of(), "The database is unavailable");
            }
            LOG.error("Request failed: {} {}", request.getMethod(), request.getPath(), exception);
            return respond(processor, request, exception, HttpResponse.serverError(), List.of(),
                    "Sorry, something went wrong. Try again later.");
        }

        /**
         * Connection refused, lost or not yet possible (SQLSTATE class 08 and 57P), no pooled connection
         * in time, or a connection the pool had already closed when the transaction tried to clean up.
         */
        static boolean databaseUnavailable(Throwable exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
                if (cause instanceof SQLTransientConnectionException || cause instanceof ConnectionException
                        || cause instanceof CannotGetJdbcConnectionException) {
                    return true;
                }
                if (cause instanceof SQLException sql && sql.getSQLState() != null
                        && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Two people acting on the same task at once: the engine lets one win; the other is told plainly. */
    @Singleton
    static class EngineConflicts extends Handler<OptimisticLockingException> {
        EngineConflicts(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.CONFLICT);
        }

        @Override
        String message(OptimisticLockingException exception) {
            LOG.info("Concurrent change refused: {}", exception.getMessage());
            return "Someone else changed this at the same time. Reload the page and try again.";
        }
    }

    @Singleton
    static class AlreadyClaimed extends Handler<TaskAlreadyClaimedException> {
        AlreadyClaimed(ErrorResponseProcessor<?> processor) {
            super(processor, HttpStatus.CONFLICT);
        }

        @Override
        String message(TaskAlreadyClaimedException exception) {
            return "Someone else has already claimed this task.";
        }
    }
}
