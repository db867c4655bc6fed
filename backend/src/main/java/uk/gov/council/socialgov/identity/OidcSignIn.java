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
import uk.gov.council.socialgov.workflow.EngineClock;

import java.sql.Connection;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;

/**
 * Signs in someone the council's identity provider vouches for. They are known by the provider's
 * issuer and subject, never by the username it sends, so a token cannot take over another account:
 * a new person whose username is already taken is turned away. Their groups are the mapped ones
 * only, written to our own tables at each sign-in so the rest of SocialGov keeps one source of truth;
 * groups the provider no longer lists are taken away (announced as {@link GroupsRemoved}). Someone
 * new whose email the organisation directory holds gets the directory's username, so their line
 * manager, department and cases are theirs from the first sign-in; someone the directory says has
 * left is turned away.
 */
@Singleton
@Replaces(DefaultOpenIdAuthenticationMapper.class)
@Requires(property = "micronaut.security.oauth2.enabled", value = "true")
class OidcSignIn implements OpenIdAuthenticationMapper {

    private static final int MAX_USERNAME = 64; // app_user.username

    private final UserStore users;
    private final DirectoryStore directory;
    private final PasswordHasher hasher;
    private final OidcProperties properties;
    private final Sessions sessions;
    private final TransactionOperations<Connection> transactions;
    private final ApplicationEventPublisher<IdentityEvent> events;
    private final ApplicationEventPublisher<GroupsRemoved> removals;
    private final ExecutorService blocking;

    @SuppressWarnings("java:S107") // collaborators, all needed
    OidcSignIn(UserStore users, DirectoryStore directory, PasswordHasher hasher, OidcProperties properties, Sessions sessions,
               TransactionOperations<Connection> transactions, ApplicationEventPublisher<IdentityEvent> events,
               ApplicationEventPublisher<GroupsRemoved> removals, @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.users = users;
        this.directory = directory;
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
        String subject = text(claims.get(properties.subjectClaim()));
        if (subject == null) {
            return AuthenticationResponse.failure("Your council account has no " + properties.subjectClaim()
                    + ", so SocialGov cannot tell who you are.");
        }
        String issuer = Objects.requireNonNullElse(text(claims.get("iss")), provider);
        Set<String> groups = mapGroups(claims.get(properties.groupsClaim()));
        String displayName = text(claims.get("name"));
        String email = text(claims.get("email"));

        Optional<UserAccount> known = users.findByOidcIssuerAndOidcSubject(issuer, subject);
        UserAccount user;
        if (known.isPresent()) {
            user = known.get();
            users.updateDetails(user.username(), Objects.requireNonNullElse(displayName, user.displayName()), email, user.enabled());
        } else {
            Optional<DirectoryStore.Holder> inDirectory = email == null ? Optional.empty() : directory.findAnyByEmail(email);
            if (inDirectory.filter(DirectoryStore.Holder::left).isPresent()) {
                String username = inDirectory.get().username();
                events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, provider + ": has left"));
                return AuthenticationResponse.failure("The organisation directory says you have left the council, so SocialGov cannot sign you in.");
            }
            String username = inDirectory.map(DirectoryStore.Holder::username)
                    .orElseGet(() -> Objects.requireNonNullElse(text(claims.get(properties.usernameClaim())), "").toLowerCase());
            if (username.isEmpty() || username.length() > MAX_USERNAME) {
                return AuthenticationResponse.failure("Your council account has no usable " + properties.usernameClaim()
                        + ", so SocialGov cannot name you. Ask an administrator.");
            }
            if (groups.isEmpty()) {
                events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, provider + ": no SocialGov group"));
                return notInAnyGroup();
            }
            if (users.existsById(username)) {
                // Never merged by name: that is how a token could sign in as someone else's account.
                events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username,
                        provider + ": username already used by another account (subject " + subject + ")"));
                return AuthenticationResponse.failure("There is already a SocialGov account called " + username
                        + " that is not linked to your council account, so SocialGov cannot sign you in. Ask an administrator.");
            }
            // No local password: a random one nobody knows.
            user = users.save(UserAccount.fromProvider(username, Objects.requireNonNullElse(displayName, username), email,
                    hasher.hash(UUID.randomUUID().toString()), issuer, subject));
        }
        String username = user.username();
        if (!user.enabled()) {
            events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, provider + ": account disabled"));
            return AuthenticationResponse.failure("Your account has been switched off. Ask an administrator if you need it.");
        }
        syncGroups(username, groups);
        takeDepartmentAndJobTitle(username, claims);
        if (groups.isEmpty()) {
            events.publishEvent(new IdentityEvent(IdentityEvent.SIGN_IN_FAILED, username, username, provider + ": no SocialGov group"));
            return notInAnyGroup();
        }
        events.publishEvent(new IdentityEvent(IdentityEvent.SIGNED_IN, username, username, provider + ": groups=" + groups));
        UserAccount current = users.findById(username).orElseThrow();
        return AuthenticationResponse.success(username, List.copyOf(groups), Map.of(
                LocalAuthenticationProvider.DISPLAY_NAME_CLAIM, current.displayName(), Sessions.VERSION_CLAIM, current.sessionVersion()));
    }

    /** Makes our groups the provider's; any change ends the person's earlier sessions, which carry the old groups. */
    private void syncGroups(String username, Set<String> groups) {
        List<String> held = users.findGroups(username);
        Set<String> removed = new TreeSet<>(held);
        removed.removeAll(groups);
        List<String> added = groups.stream().filter(group -> !held.contains(group)).toList();
        removed.forEach(group -> users.removeGroup(username, group));
        added.forEach(group -> users.addGroup(username, group));
        if (!removed.isEmpty()) {
            removals.publishEvent(new GroupsRemoved(username, Set.copyOf(removed), GroupsRemoved.SYSTEM));
        }
        if (!removed.isEmpty() || !added.isEmpty()) {
            sessions.end(username);
        }
    }

    /**
     * When the claims are configured, the sign-in keeps a directory person's department and job title
     * current between HR exports; a department the directory does not know is not taken (a typing slip
     * in the provider must not create a department).
     */
    private void takeDepartmentAndJobTitle(String username, Map<String, Object> claims) {
        if (properties.departmentClaim() == null && properties.jobTitleClaim() == null) {
            return;
        }
        directory.find(username).ifPresent(person -> {
            String claimedDepartment = properties.departmentClaim() == null ? null : text(claims.get(properties.departmentClaim()));
            String department = claimedDepartment != null && directory.departments().contains(claimedDepartment)
                    ? claimedDepartment : person.department();
            String claimedTitle = properties.jobTitleClaim() == null ? null : text(claims.get(properties.jobTitleClaim()));
            String jobTitle = claimedTitle != null ? claimedTitle : person.jobTitle();
            if (!Objects.equals(department, person.department()) || !Objects.equals(jobTitle, person.jobTitle())) {
                directory.takeFromSignIn(username, department, jobTitle, EngineClock.now());
                events.publishEvent(new IdentityEvent(IdentityEvent.USER_CHANGED, username, username,
                        "department and job title from the council's sign-in"));
            }
        });
    }

    private static AuthenticationResponse notInAnyGroup() {
        return AuthenticationResponse.failure("Your council account is not in any SocialGov group. Ask an administrator to add you.");
    }

    /** Only provider groups named in the mapping count; a group claim that merely looks like ours means nothing. */
    private Set<String> mapGroups(Object claim) {
        Collection<?> values = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        TreeSet<String> groups = new TreeSet<>();
        for (Object value : values) {
            String ours = properties.groupMapping().get(String.valueOf(value));
            if (ours != null && Groups.ALL.contains(ours)) {
                groups.add(ours);
            }
        }
        return groups;
    }

    private static String text(Object claim) {
        return claim == null || claim.toString().isBlank() ? null : claim.toString().strip();
    }
}
