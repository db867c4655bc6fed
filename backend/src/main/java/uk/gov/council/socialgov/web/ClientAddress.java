package uk.gov.council.socialgov.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import jakarta.inject.Singleton;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The address a request came from, as the audit trail records it. Forwarding headers
 * ({@code Forwarded}, {@code X-Forwarded-For}) are anyone's to write, so they are believed only when
 * SocialGov is configured as being behind a proxy that sets them ({@code socialgov.web.behind-proxy});
 * otherwise it is the connection's own peer. Never longer than the audit trail keeps.
 */
@Singleton
public class ClientAddress {

    /** The size of {@code audit_event.source_address}. */
    public static final int MAX_LENGTH = 64;

    private final boolean behindProxy;
    private final HttpClientAddressResolver forwarded;

    ClientAddress(@Value("${socialgov.web.behind-proxy:false}") boolean behindProxy, HttpClientAddressResolver forwarded) {
        this.behindProxy = behindProxy;
        this.forwarded = forwarded;
    }

    public String of(HttpRequest<?> request) {
        String address = behindProxy ? forwarded.resolve(request) : peer(request.getRemoteAddress());
        if (address == null) {
            return null;
        }
        String cleaned = address.strip().replaceAll("\\p{Cntrl}", "");
        return cleaned.length() > MAX_LENGTH ? cleaned.substring(0, MAX_LENGTH) : cleaned;
    }

    private static String peer(InetSocketAddress remote) {
        if (remote == null) {
            return null;
        }
        InetAddress address = remote.getAddress();
        return address != null ? address.getHostAddress() : remote.getHostString();
    }
}
