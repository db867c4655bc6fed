package uk.gov.council.socialgov.access;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.accounts.AuthorisedUsers;
import uk.gov.council.socialgov.identity.Groups;

import java.util.List;
import java.util.UUID;

/**
 * Who certifies an account, for access-certification.bpmn's assignee and candidate groups: its owner,
 * as their own step (only they see and sign it off); the communications team for an account without
 * an owner. Public because the process model calls it by name.
 */
@Singleton
@Named("certifiers")
public class Certifiers {

    private final AuthorisedUsers authorisedUsers;

    Certifiers(AuthorisedUsers authorisedUsers) {
        this.authorisedUsers = authorisedUsers;
    }

    public String ownerOf(String accountId) {
        return authorisedUsers.ownerOf(UUID.fromString(accountId)).orElse(null);
    }

    public List<String> groupsFor(String accountId) {
        return ownerOf(accountId) == null ? List.of(Groups.COMMS) : List.of();
    }
}
