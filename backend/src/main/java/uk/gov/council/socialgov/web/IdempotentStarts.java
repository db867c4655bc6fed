package uk.gov.council.socialgov.web;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.util.Optional;
import uk.gov.council.socialgov.database.Sql;

/**
 * The part of {@code Idempotency-Key} that must share a start's own transaction.
 * {@link IdempotencyFilter} keeps each answer, but a commit can succeed while its answer is lost
 * (PostgreSQL stopping mid-commit, a dropped connection): the claim is then left with no answer. So
 * every start the filter covers reads its claim, locked, before it writes anything, and records what
 * it made on the claim in the same transaction: two sends of one key never both start something, and
 * a retry of a start whose answer was lost is given what it made (decision 0019).
 */
@Singleton
public class IdempotentStarts {

    public static final String HEADER = "Idempotency-Key";

    private final IdempotencyStore store;

    IdempotentStarts(IdempotencyStore store) {
        this.store = store;
    }

    /**
     * The id of what an earlier send of this key made (a case, a campaign, a closed account), if one
     * committed. Locks the claim until this transaction ends; a send still running holds that lock,
     * so this waits for it. Empty without a key.
     */
    public Optional<String> earlierCase(@Nullable String key, String username) {
        if (key == null) {
            return Optional.empty();
        }
        return store.lockCase(username, key);
    }

    /** Records on the claim what this send made; commits or rolls back with it. */
    public void made(@Nullable String key, String username, String caseId) {
        if (key == null) {
            return;
        }
        store.recordCase(username, key, caseId);
    }

    /** At the end of a case's retention: the kept answers of the requests that started it (they may hold its content). */
    public Sql.Deleted forget(String caseId) {
        return store.forget(caseId);
    }
}
