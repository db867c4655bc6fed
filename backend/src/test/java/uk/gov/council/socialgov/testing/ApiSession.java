package uk.gov.council.socialgov.testing;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A browser-like client for API tests: keeps cookies, echoes the CSRF token on changes and signs
 * in through the real sign-in endpoint, as the Vue app does.
 */
public final class ApiSession {

    public static final String DEMO_PASSWORD = "council-demo-2026";

    public record Response(int status, String contentType, String body, JsonNode json, java.net.http.HttpHeaders headers) {
    }

    public record Download(int status, java.net.http.HttpHeaders headers, byte[] body) {
    }

    /** One file part of a multipart upload; a null name sends the part without a filename. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final JsonMapper mapper;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private ApiSession(URI base, JsonMapper mapper) {
        this.base = base;
        this.mapper = mapper;
    }

    public static ApiSession anonymous(EmbeddedServer server, JsonMapper mapper) {
        ApiSession session = new ApiSession(server.getURI(), mapper);
        session.get("/api/auth/csrf");
        return session;
    }

    public static ApiSession signedIn(EmbeddedServer server, JsonMapper mapper, String username) {
        ApiSession session = anonymous(server, mapper);
        Response response = session.post("/api/auth/login", Map.of("username", username, "password", DEMO_PASSWORD));
        if (response.status() != 200) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + response);
        }
        return session;
    }

    /** Another client holding copies of this one's cookies, as someone who kept a copy of the sign-in cookie would. */
    public ApiSession copy() {
        ApiSession copy = new ApiSession(base, mapper);
        copy.cookies.putAll(cookies);
        return copy;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), false);
    }

    public Response post(String path, Object body) {
        return post(path, body, Map.of());
    }

    /** A JSON POST with extra headers, such as {@code Idempotency-Key}. */
    public Response post(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json");
        headers.forEach(request::header);
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : write(body))), true);
    }

    /**
     * A JSON POST that first asks the server whether it will take the body ("Expect: 100-continue"),
     * as careful clients do with large bodies: a refusal arrives before the body is sent, so the
     * client never races the server closing the connection.
     */
    public Response postExpectingContinue(String path, Object body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .expectContinue(true)
                .POST(HttpRequest.BodyPublishers.ofString(write(body))), true);
    }

    /** A POST of plain text with its own content type, such as a CSV file. */
    public Response postText(String path, String contentType, String text) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(text)), true);
    }

    public Response put(String path, Object body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(write(body))), true);
    }

    public Response delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE(), true);
    }

    /** A multipart/form-data POST, as a browser sends a form with a file input. */
    public Response upload(String path, Map<String, String> fields, List<FilePart> files) {
        return upload(path, fields, files, false);
    }

    /** With {@code expectContinue}, a refusal arrives before the body is sent (see {@link #postExpectingContinue}). */
    public Response upload(String path, Map<String, String> fields, List<FilePart> files, boolean expectContinue) {
        String boundary = "----socialgov" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
                + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        for (FilePart file : files) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\""
                    + (file.fileName() == null ? "" : "; filename=\"" + file.fileName() + "\"")
                    + "\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.content());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .expectContinue(expectContinue)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())), true);
    }

    public Download download(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response postWithoutCsrf(String path, Object body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))), false);
    }

    private Response send(HttpRequest.Builder request, boolean withCsrf) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        if (withCsrf && cookies.containsKey("XSRF-TOKEN")) {
            request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            List<String> setCookies = response.headers().allValues("Set-Cookie");
            for (String setCookie : setCookies) {
                String pair = setCookie.split(";", 2)[0];
                int eq = pair.indexOf('=');
                cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
            }
            String contentType = response.headers().firstValue("Content-Type").orElse("");
            JsonNode json = contentType.contains("json") && !response.body().isEmpty()
                    ? mapper.readValue(response.body(), JsonNode.class) : null;
            return new Response(response.statusCode(), contentType, response.body(), json, response.headers());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String cookieHeader() {
        return cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; "));
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
