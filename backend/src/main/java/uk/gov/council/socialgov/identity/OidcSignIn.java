package uk.gov.council.socialgov.identity;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.security.authentication.AuthenticationResponse;
import io.micronaut.security.oauth2.endpoint.authorization.state.State;
import io.micronaut.security.oauth2.endpoint.token.response.DefaultOpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdAuthenticationMapper;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdClaims;
import io.micronaut.security.oauth2.endpoint.token.response.OpenIdTokenResponse;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.stream.Collectors;

/**
 * Signs in someone the council's identity provider vouches for. Their groups claim is mapped to our
 * groups and written to our own tables at each sign-in, so the rest of SocialGov (candidate groups,
 * need-to-know) keeps one source of truth.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
@Requires(property = "micronaut.security.oauth2.enabled", value = "true")
class OidcSignIn implements OpenIdAuthenticationMapper {

    private final UserRepository users;
    private final PasswordHasher hasher;
    private final OidcProperties properties;
    private final Sessions sessions;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<IdentityEvent> events;
    private final ApplicationEventPublisher<GroupsRemoved> removals;
    private final ExecutorService blocking;

    OidcSignIn(UserRepository users, PasswordHasher hasher, OidcProperties properties, Sessions sessions,
               TransactionOperations<Connection> transactions, ApplicationEventPublisher<IdentityEvent> events,
               ApplicationEventPublisher<GroupsRemoved> removals,
               @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.users = users;
        this.hasher = hasher;
        this.properties = properties;
        this.sessions = sessions;
        this.transactions = transactions;
        this.events = events;
        this.removals = removals;
        this.blocking = blocking;
    }

    @Override
    public Publisher<AuthenticationResponse> createAuthenticationResponse(String provider, OpenIdTokenResponse tokens,
                                                                          OpenIdClaims claims, State state) {
        return Publishers.fromCompletableFuture(CompletableFuture.supplyAsync(
                () -> transactions.executeWrite(status -> signIn(provider, claims.getClaims())), blocking));
    }

    AuthenticationResponse signIn(String provider, Map<String, Object> claims) {
        Object rawUsername = claims.get(properties.usernameClaim());
        if (rawUsername == null || rawUsername.toString().isBlank()) {
            return AuthenticationResponse.failure("Your council account has no " + properties.usernameClaim() + ", so SocialGov cannot tell who you are.");
        }
        String username = rawUsername.toString().strip().toLowerCase();
        List<String> groups = mapGroups(claims.get(properties.groupsClaim()));
        if (groups.isEmpty()) {
            events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, provider + ": no SocialGov group"));
            return AuthenticationResponse.failure("Your council account is not in any SocialGov group. Ask an administrator to add you.");
        }
        String displayName = Objects.toString(claims.get("name"), username);
        String email = claims.get("email") == null ? null : claims.get("email").toString();
        UserAccount user = users.findById(username).orElse(null);
        if (user == null) {
            // no local password: a random one nobody knows
            user = users.save(UserAccount.create(username, displayName, email, hasher.hash(UUID.randomUUID().toString())));
        } else {
            users.updateDetails(username, displayName, email, user.enabled());
        }
        if (!user.enabled()) {
            events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, provider + ": account disabled"));
            return AuthenticationResponse.failure("Your account has been switched off. Ask an administrator if you need it.");
        }
        List<String> held = users.findGroups(username);
        if (!held.equals(groups)) {
            Set<String> removed = held.stream().filter(group -> !groups.contains(group)).collect(Collectors.toSet());
            removed.forEach(group -> users.removeGroup(username, group));
            groups.forEach(group -> users.addGroup(username, group));
            if (!removed.isEmpty()) {
                removals.publishEvent(new GroupsRemoved(username, removed, GroupsRemoved.SYSTEM));
            }
            sessions.end(username); // earlier sessions carry the old groups
        }
        events.publishEvent(new IdentityEvent(IdentityEvent.SIGNED_IN, username, username, provider + ": groups=" + groups));
        return AuthenticationResponse.success(username, groups, Map.of(LocalAuthenticationProvider.DISPLAY_NAME_CLAIM, displayName,
                Sessions.VERSION_CLAIM, users.findSessionVersion(username)));
    }

    private List<String> mapGroups(Object claim) {
        Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        TreeSet<String> groups = new TreeSet<>();
        for (Object value : values) {
            String ours = properties.groupMapping().isEmpty() ? value.toString() : properties.groupMapping().get(value.toString());
            if (ours != null && Groups.ALL.contains(ours)) {
                groups.add(ours);
            }
        }
        return new ArrayList<>(groups);
    }
}
