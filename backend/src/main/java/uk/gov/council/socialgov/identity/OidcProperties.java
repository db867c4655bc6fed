package uk.gov.council.socialgov.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.Map;

/**
 * How a council's identity provider's ID token maps onto our people: which claim holds the
 * username and which the groups, and what each provider group (name or object id) means here.
 * With no mapping, a group claim value that is one of our group names is taken as it is.
 */
@ConfigurationProperties("socialgov.oidc")
public record OidcProperties(
        @Bindable(defaultValue = "preferred_username") String usernameClaim,
        @Bindable(defaultValue = "groups") String groupsClaim,
        @Bindable(defaultValue = "{}") Map<String, String> groupMapping) {
}
