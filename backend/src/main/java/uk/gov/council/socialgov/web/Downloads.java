package uk.gov.council.socialgov.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A file the browser saves rather than shows in the app: a file name safe in the header, and never cached. */
public final class Downloads {

    private Downloads() {
    }

    public static <T> MutableHttpResponse<T> attachment(MutableHttpResponse<T> response, String mediaType, String name) {
        return response
                .contentType(mediaType)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._ -]", "_")
                        + "\"; filename*=UTF-8''" + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
