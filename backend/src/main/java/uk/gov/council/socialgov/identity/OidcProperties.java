package uk.gov.council.socialgov.identity;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

import java.util.Map;

/**
 * How a council's identity provider's ID token maps onto our people: which claim identifies the
 * person for good ({@code sub}; {@code oid} for Entra ID), which gives the username a new person
 * gets, which holds the groups, and what each provider group (name or object id) means here. Only
 * groups listed in the mapping count: with no mapping, nobody is in any group. A person signing in
 * for the first time is matched to the organisation directory by email; when the claims for
 * department and job title are named, each sign-in of someone in the directory takes them from there.
 */
@ConfigurationProperties("socialgov.oidc")
public record OidcProperties(
        @Bindable(defaultValue = "sub") String subjectClaim,
        @Bindable(defaultValue = "preferred_username") String usernameClaim,
        @Bindable(defaultValue = "groups") String groupsClaim,
        @Bindable(defaultValue = "{}") Map<String, String> groupMapping,
        @Nullable String departmentClaim,
        @Nullable String jobTitleClaim) {
}
