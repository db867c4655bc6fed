package uk.gov.council.socialgov.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;

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

    private final IdempotencyStore store;
    private final TransactionOperations<Connection> transactions;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyStore store, TransactionOperations<Connection> transactions, JsonMapper json) {
        this.store = store;
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
        boolean claimed = transactions.executeWrite(status -> store.claim(person.getName(), key, path, Instant.now()));
        if (claimed) {
            request.setAttribute(CLAIM, new Claim(person.getName(), key));
            return null;
        }
        Optional<IdempotencyStore.Kept> kept = transactions.executeRead(status -> store.kept(person.getName(), key));
        HttpResponse<?> earlier;
        if (kept.isEmpty()) {
            earlier = problem(HttpStatus.CONFLICT, "A request with this Idempotency-Key was refused a moment ago; send it again.");
        } else if (!kept.get().requestPath().equals(path)) {
            earlier = problem(HttpStatus.UNPROCESSABLE_ENTITY, "This Idempotency-Key was used for a different request.");
        } else {
            // No answer kept: still being answered, or its answer was lost. The start decides, under its lock.
            earlier = kept.get().status() == null ? null : replay(kept.get());
        }
        if (earlier == null) {
            request.setAttribute(CLAIM, new Claim(person.getName(), key));
        }
        return earlier;
    }

    private static HttpResponse<?> replay(IdempotencyStore.Kept kept) {
        MutableHttpResponse<?> replay = HttpResponse.status(HttpStatus.valueOf(kept.status())).header(REPLAYED, "true");
        if (kept.location() != null) {
            replay.header(HttpHeaders.LOCATION, kept.location());
        }
        return kept.body() == null ? replay : replay.contentType(kept.contentType()).body(kept.body());
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
        transactions.executeWrite(status -> {
            store.forget(claim.username(), claim.key());
            return null;
        });
    }

    private void keep(Claim claim, MutableHttpResponse<?> response) {
        String body = response.getBody().map(this::write).orElse(null);
        transactions.executeWrite(status -> {
            store.keep(claim.username(), claim.key(), response.getStatus().getCode(),
                    response.getContentType().map(MediaType::toString).orElse(MediaType.APPLICATION_JSON),
                    response.getHeaders().get(HttpHeaders.LOCATION), body);
            return null;
        });
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
