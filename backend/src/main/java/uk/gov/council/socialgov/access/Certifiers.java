package uk.gov.council.socialgov.access;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.registry.AuthorisedUsers;

import java.util.UUID;

/**
 * Who certifies an account, for access-certification.bpmn: its owner, as their own step (only they see
 * and sign it off); the communications team for an account without an owner. Public because the
 * process model calls it by name.
 */
@Singleton
@Named("certifiers")
public class Certifiers {

    private final AuthorisedUsers authorisedUsers;

    Certifiers(AuthorisedUsers authorisedUsers) {
        this.authorisedUsers = authorisedUsers;
    }

    public boolean hasOwner(String accountId) {
        return ownerOf(accountId) != null;
    }

    public String ownerOf(String accountId) {
        return authorisedUsers.ownerOf(UUID.fromString(accountId)).orElse(null);
    }
}
