package uk.gov.council.testsupport;

import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.serde.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A browser-like client of the HTTP API, for the backend's tests and the benchmark: keeps cookies,
 * echoes the CSRF token on changes and signs in through the real sign-in endpoint, as the Vue app
 * does. JSON is Micronaut's, as the application's own: {@link JsonNode} trees, written and read by
 * a {@link JsonMapper}.
 */
public final class ApiSession {

    public static final String DEMO_PASSWORD = "council-demo-2026";
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    /** One answer; its JSON is read when first asked for, so timing a request does not time reading it. */
    public static final class Response {
        private final int status;
        private final String contentType;
        private final String body;
        private final HttpHeaders headers;
        private final JsonMapper mapper;
        private JsonNode json;

        private Response(int status, String contentType, String body, HttpHeaders headers, JsonMapper mapper) {
            this.status = status;
            this.contentType = contentType;
            this.body = body;
            this.headers = headers;
            this.mapper = mapper;
        }

        public int status() {
            return status;
        }

        public String contentType() {
            return contentType;
        }

        public String body() {
            return body;
        }

        public HttpHeaders headers() {
            return headers;
        }

        /** The body as JSON; null when the answer is not JSON or has no body. */
        public JsonNode json() {
            if (json == null && contentType.contains("json") && !body.isEmpty()) {
                try {
                    json = mapper.readValue(body, JsonNode.class);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return json;
        }

        /** A 2xx answer. */
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        @Override
        public String toString() {
            return "Response[status=" + status + ", contentType=" + contentType + ", body=" + body + "]";
        }
    }

    public record Download(int status, HttpHeaders headers, byte[] body) {
    }

    /** One file part of a multipart upload; a null name sends the part without a filename. */
    public record FilePart(String field, String fileName, String contentType, byte[] content) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT).build();
    private final URI base;
    private final JsonMapper mapper;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    private ApiSession(URI base, JsonMapper mapper) {
        this.base = base;
        this.mapper = mapper;
    }

    /** A session that has only been given its CSRF token, as the page is before anyone signs in. */
    public static ApiSession anonymous(URI base, JsonMapper mapper) {
        ApiSession session = new ApiSession(base, mapper);
        session.get("/api/auth/csrf");
        return session;
    }

    /** Signed in as a demo user (or anyone given {@link #DEMO_PASSWORD}). */
    public static ApiSession signedIn(URI base, JsonMapper mapper, String username) {
        ApiSession session = anonymous(base, mapper);
        Response response = session.post("/api/auth/login", Map.of("username", username, "password", DEMO_PASSWORD));
        if (response.status() != 200) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + response);
        }
        return session;
    }

    /** From outside the application's process (the benchmark): JSON as the application writes it. */
    public static ApiSession signedIn(URI base, String username) {
        return signedIn(base, StandaloneJson.MAPPER, username);
    }

    /** From outside the application's process, with the person's own password; any answer but 200 is thrown. */
    public static ApiSession signedIn(URI base, String username, String password) {
        ApiSession session = anonymous(base, StandaloneJson.MAPPER);
        Response response = session.post("/api/auth/login", Map.of("username", username, "password", password));
        if (response.status() != 200) {
            throw new IllegalStateException("Sign-in as " + username + " failed: " + response);
        }
        return session;
    }

    /** Inside a test of the application, with its {@link JsonMapper}. */
    public static ApiSession anonymous(EmbeddedServer server, JsonMapper mapper) {
        return anonymous(server.getURI(), mapper);
    }

    /** Inside a test of the application, with its {@link JsonMapper}. */
    public static ApiSession signedIn(EmbeddedServer server, JsonMapper mapper, String username) {
        return signedIn(server.getURI(), mapper, username);
    }

    /** Another client holding copies of this one's cookies, as someone who kept a copy of the sign-in cookie would. */
    public ApiSession copy() {
        return on(base);
    }

    /** The same signed-in session (copies of its cookies) sent to another node of the application. */
    public ApiSession on(URI otherNode) {
        ApiSession copy = new ApiSession(otherNode, mapper);
        copy.cookies.putAll(cookies);
        return copy;
    }

    public Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET(), false);
    }

    public Response post(String path, Object body) {
        return post(path, body, Map.of());
    }

    /** A JSON POST with extra headers, such as {@code Idempotency-Key}; a String body is sent as it is. */
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

    /** A multipart/form-data POST of one file in the field {@code file}, as the case page's file input sends it. */
    public Response upload(String path, String fileName, String contentType, byte[] content) {
        return upload(path, Map.of(), List.of(new FilePart("file", fileName, contentType, content)));
    }

    public Download download(String path) {
        HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(base.resolve(path)).GET(), false,
                HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers(), response.body());
    }

    /** A JSON POST whose answer is a file, such as a ZIP built from what the body asks for. */
    public Download downloadPost(String path, Object body) {
        HttpResponse<byte[]> response = exchange(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))), true, HttpResponse.BodyHandlers.ofByteArray());
        return new Download(response.statusCode(), response.headers(), response.body());
    }

    public Response postWithoutCsrf(String path, Object body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(write(body))), false);
    }

    public Map<String, String> cookies() {
        return cookies;
    }

    private Response send(HttpRequest.Builder request, boolean withCsrf) {
        HttpResponse<String> response = exchange(request, withCsrf, HttpResponse.BodyHandlers.ofString());
        for (String setCookie : response.headers().allValues("Set-Cookie")) {
            String pair = setCookie.split(";", 2)[0];
            int eq = pair.indexOf('=');
            cookies.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers(), mapper);
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, boolean withCsrf, HttpResponse.BodyHandler<T> body) {
        request.timeout(REQUEST_TIMEOUT);
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        if (withCsrf && cookies.containsKey("XSRF-TOKEN")) {
            request.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
        }
        try {
            return http.send(request.build(), body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return mapper.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Made on first use only, so the backend's tests, which bring the application's mapper, never start it. */
    private static final class StandaloneJson {
        /** As the application's application.yml sets it: null values are written, as the Vue form sends them. */
        static final JsonMapper MAPPER = ObjectMapper.create(Map.of("micronaut.serde.serialization.inclusion", "always"));
    }
}
