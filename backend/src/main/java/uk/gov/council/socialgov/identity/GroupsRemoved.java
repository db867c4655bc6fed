package uk.gov.council.socialgov.identity;

import java.util.Set;

/**
 * A person lost one or more groups. Published inside the transaction that removed them, so a
 * listener's own changes (handing their claimed tasks back to the group, say) commit or roll back
 * with it. {@code by} is the administrator's username, or {@code system} when the council's identity
 * provider stopped listing the groups at sign-in.
 */
public record GroupsRemoved(String username, Set<String> groups, String by) {

    public static final String SYSTEM = "system";
}
