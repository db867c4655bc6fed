package uk.gov.council.socialgov.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Paths the server does not know are the Vue app's own routes (e.g. /tasks/123): answer them with
 * index.html so a bookmark or a reload works. API paths never fall back; they get a problem+json 404.
 */
@Controller
@Hidden
@Secured(SecurityRule.IS_ANONYMOUS)
class SinglePageAppFallback {

    private final byte[] indexHtml;
    private final ErrorResponseProcessor<?> errors;

    SinglePageAppFallback(ResourceResolver resources, ErrorResponseProcessor<?> errors) {
        this.errors = errors;
        this.indexHtml = resources.getResourceAsStream("classpath:public/index.html").map(SinglePageAppFallback::read).orElse(null);
    }

    @Error(status = HttpStatus.NOT_FOUND, global = true)
    HttpResponse<?> notFound(HttpRequest<?> request) {
        String path = request.getPath();
        boolean apiCall = path.startsWith("/api/") || path.equals("/api") || path.startsWith("/health")
                || path.startsWith("/openapi");
        if (!apiCall && indexHtml != null && request.getMethodName().equals("GET")) {
            return HttpResponse.ok(indexHtml).contentType(MediaType.TEXT_HTML_TYPE);
        }
        return errors.processResponse(ErrorContext.builder(request)
                .errorMessage("There is nothing at " + path + ".").build(), HttpResponse.notFound());
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
