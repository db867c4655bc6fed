package uk.gov.council.socialgov.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.json.JsonMapper;
import io.micronaut.transaction.TransactionOperations;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * {@code Idempotency-Key} on every POST that starts a process: the first request with a key is
 * answered as usual and its successful answer is kept; a retry with the same key (per person) gets
 * that answer again, marked {@code Idempotent-Replayed}, and starts nothing. A refused request keeps
 * nothing, so it can be corrected and sent again with the same key. A key with no answer kept (its
 * first request is still running, or its answer was lost when the database went away) is passed on:
 * each start locks the claim in its own transaction ({@link IdempotentStarts}), so it waits for a
 * first request still running and then returns the case that one made, or makes the case if none
 * was made (decision 0019). The filter runs where the request is (moving every request to another
 * thread changed how an oversized body is refused); only keyed requests touch the database here,
 * with one short statement before and one after.
 */
@ServerFilter({"/api/account-requests", "/api/access-grants", "/api/breach-reports", "/api/harassment-reports",
        "/api/emergencies", "/api/certifications", "/api/registry/accounts/*/closure"})
class IdempotencyFilter implements Ordered {

    static final String HEADER = IdempotentStarts.HEADER;
    static final String REPLAYED = "Idempotent-Replayed";
    private static final String CLAIM = IdempotencyFilter.class.getName();
    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyFilter.class);

    record Claim(String username, String key) {
    }

    private final JdbcOperations jdbc;
    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;

    IdempotencyFilter(JdbcOperations jdbc, TransactionOperations<Connection> transactions, JsonMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after(); // the person is known
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> claimOrReplay(HttpRequest<?> request) {
        String key = request.getHeaders().get(HEADER);
        Principal person = request.getUserPrincipal().orElse(null);
        if (request.getMethod() != HttpMethod.POST || key == null || person == null) {
            return null;
        }
        if (key.isBlank() || key.length() > 200) {
            return problem(HttpStatus.BAD_REQUEST, "Send an Idempotency-Key of 1 to 200 characters");
        }
        String path = request.getPath();
        boolean claimed = transactions.executeWrite(status -> jdbc.prepareStatement("""
                insert into idempotent_request (username, idempotency_key, request_path, created_at) values (?, ?, ?, ?)
                on conflict (username, idempotency_key) do nothing""", s -> {
            s.setString(1, person.getName());
            s.setString(2, key);
            s.setString(3, path);
            s.setTimestamp(4, Timestamp.from(Instant.now()));
            return s.executeUpdate() == 1;
        }));
        if (claimed) {
            request.setAttribute(CLAIM, new Claim(person.getName(), key));
            return null;
        }
        HttpResponse<?> earlier = transactions.executeRead(status -> jdbc.prepareStatement("""
                select request_path, status, content_type, location, body from idempotent_request
                where username = ? and idempotency_key = ?""", s -> {
            s.setString(1, person.getName());
            s.setString(2, key);
            try (ResultSet row = s.executeQuery()) {
                if (!row.next()) {
                    return problem(HttpStatus.CONFLICT, "A request with this Idempotency-Key was refused a moment ago; send it again.");
                }
                if (!row.getString(1).equals(path)) {
                    return problem(HttpStatus.UNPROCESSABLE_ENTITY, "This Idempotency-Key was used for a different request.");
                }
                // No answer kept: still being answered, or its answer was lost. The start decides, under its lock.
                return row.getObject(2) == null ? null : replay(row);
            }
        }));
        if (earlier == null) {
            request.setAttribute(CLAIM, new Claim(person.getName(), key));
        }
        return earlier;
    }

    private static HttpResponse<?> replay(ResultSet row) throws SQLException {
        MutableHttpResponse<?> replay = HttpResponse.status(HttpStatus.valueOf(row.getInt(2))).header(REPLAYED, "true");
        if (row.getString(4) != null) {
            replay.header(HttpHeaders.LOCATION, row.getString(4));
        }
        return row.getString(5) == null ? replay : replay.contentType(row.getString(3)).body(row.getString(5));
    }

    @ResponseFilter
    void remember(HttpRequest<?> request, MutableHttpResponse<?> response) {
        Claim claim = request.getAttribute(CLAIM, Claim.class).orElse(null);
        if (claim == null) {
            return;
        }
        try {
            if (response.getStatus().getCode() >= 300) {
                forget(claim);
            } else {
                keep(claim, response);
            }
        } catch (RuntimeException e) {
            // The database went away after the start was decided; the claim stays unanswered, so a
            // retry is passed on to the start, which finds any case it made.
            LOG.warn("Could not record the answer to Idempotency-Key {} of {}: {}", claim.key(), claim.username(), e.getMessage());
        }
    }

    /** A refusal wrote nothing, so the key may be used again; a claim whose case committed is kept. */
    private void forget(Claim claim) {
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "delete from idempotent_request where username = ? and idempotency_key = ? and case_id is null", s -> {
                    s.setString(1, claim.username());
                    s.setString(2, claim.key());
                    return s.executeUpdate();
                }));
    }

    private void keep(Claim claim, MutableHttpResponse<?> response) {
        String body = response.getBody().map(this::write).orElse(null);
        transactions.executeWrite(status -> jdbc.prepareStatement("""
                update idempotent_request set status = ?, content_type = ?, location = ?, body = ?
                where username = ? and idempotency_key = ?""", s -> {
            s.setInt(1, response.getStatus().getCode());
            s.setString(2, response.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_JSON));
            s.setString(3, response.getHeaders().get(HttpHeaders.LOCATION));
            s.setString(4, body);
            s.setString(5, claim.username());
            s.setString(6, claim.key());
            return s.executeUpdate();
        }));
    }

    private String write(Object body) {
        try {
            return body instanceof String text ? text : json.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static HttpResponse<?> problem(HttpStatus status, String detail) {
        return HttpResponse.status(status).contentType(Problem.MEDIA_TYPE)
                .body(new Problem("about:blank", status.getReason(), status.getCode(), detail, List.of()));
    }
}
