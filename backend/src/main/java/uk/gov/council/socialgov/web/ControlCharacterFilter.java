package uk.gov.council.socialgov.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Refuses a control character (a NUL byte, say) anywhere in an address's path or query with 400,
 * before any endpoint reads it: identifiers are plain names and ids, and PostgreSQL refuses NUL in
 * text with an error, not an answer. One filter, so no endpoint can forget.
 */
@ServerFilter("/api/**")
class ControlCharacterFilter implements Ordered {

    private static final Pattern ENCODED_CONTROL = Pattern.compile("%(?:[01][0-9a-f]|7f)", Pattern.CASE_INSENSITIVE);

    @Override
    public int getOrder() {
        return ServerFilterPhase.FIRST.order();
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> check(HttpRequest<?> request) {
        String path = request.getPath(); // as sent: still percent-encoded
        if (hasControlCharacter(path) || ENCODED_CONTROL.matcher(path).find()) {
            return refuse("path");
        }
        for (Map.Entry<String, List<String>> parameter : request.getParameters().asMap().entrySet()) {
            if (hasControlCharacter(parameter.getKey())) {
                return refuse("query");
            }
            if (parameter.getValue().stream().anyMatch(ControlCharacterFilter::hasControlCharacter)) {
                return refuse(parameter.getKey());
            }
        }
        return null;
    }

    private static boolean hasControlCharacter(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static HttpResponse<?> refuse(String field) {
        return HttpResponse.status(HttpStatus.BAD_REQUEST).contentType(Problem.MEDIA_TYPE)
                .body(new Problem("about:blank", "Bad Request", 400, null,
                        List.of(new FieldError(field, "Remove the control character from the address: it cannot be part of a name or reference"))));
    }
}
