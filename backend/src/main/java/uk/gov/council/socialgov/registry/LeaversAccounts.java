package uk.gov.council.socialgov.registry;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.UUID;

/**
 * Who changes the password of an account someone who left could post from ({@code person-leaving.bpmn}):
 * its owner, as their own step, while they are still here and are not the one leaving; otherwise the
 * communications team. Public because the process model calls it by name.
 */
@Singleton
@Named("leaversAccounts")
public class LeaversAccounts {

    private final AccountRegistryStore registry;
    private final Directory directory;

    LeaversAccounts(AccountRegistryStore registry, Directory directory) {
        this.registry = registry;
        this.directory = directory;
    }

    public boolean hasOwner(String accountId, String leaver) {
        return ownerOf(accountId, leaver) != null;
    }

    public String ownerOf(String accountId, String leaver) {
        return registry.find(UUID.fromString(accountId), EngineClock.today()).map(AccountRegistry.Row::owner)
                .filter(owner -> !owner.equals(leaver) && directory.exists(owner)).orElse(null);
    }
}
