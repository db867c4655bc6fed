package uk.gov.council.socialgov.cases;

import uk.gov.council.socialgov.database.Sql;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.CurrentUser;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one need-to-know check of a kind of case (ROLES.md): the feature states who deals with such a
 * case; nobody excluded from this case ever reads it. The case page, the feature's own pages, evidence
 * and the task pages all ask here, so the rule cannot differ between paths.
 *
 * @param <C> the feature's case
 */
public abstract class NeedToKnow<C> implements CaseType {

    private final CaseKind kind;
    private final CaseExclusions exclusions;
    private final Function<UUID, Optional<C>> finder;
    private final Function<UUID, List<Sql.Deleted>> destroyer;

    /**
     * The kind, how to find one of its cases whoever asks, and how to delete its own rows at the end of its
     * retention (both usually the feature's store; see {@link CaseRecords#destroyRecords}).
     */
    protected NeedToKnow(CaseKind kind, CaseExclusions exclusions, Function<UUID, Optional<C>> finder,
                         Function<UUID, List<Sql.Deleted>> destroyer) {
        this.kind = kind;
        this.exclusions = exclusions;
        this.finder = finder;
        this.destroyer = destroyer;
    }

    @Override
    public final CaseKind kind() {
        return kind;
    }

    /** The case, whoever asks. */
    protected final Optional<C> find(UUID id) {
        return finder.apply(id);
    }

    /** Whether this person deals with this case at all, before exclusions: their role, or their part in it. */
    protected abstract boolean dealsWith(C found, CurrentUser user);

    /** The top of the shared case page. */
    protected abstract CaseHeader header(C found);

    /** The case if this person may read it; empty when it does not exist or they may not. */
    public final Optional<C> readable(UUID id, CurrentUser user) {
        return find(id)
                .filter(found -> dealsWith(found, user))
                .filter(found -> !exclusions.isExcluded(name(), id.toString(), user.username()));
    }

    @Override
    public final Optional<CaseHeader> readableBy(String caseId, CurrentUser user) {
        return CaseType.uuid(caseId).flatMap(id -> readable(id, user)).map(this::header);
    }

    /** Whether the case is still being worked: not yet closed, ended or withdrawn. */
    protected abstract boolean open(C found);

    @Override
    public final List<Sql.Deleted> destroyRecords(String caseId) {
        return CaseType.uuid(caseId).map(destroyer).orElse(List.of());
    }

    @Override
    public final boolean isOpen(String caseId) {
        return CaseType.uuid(caseId).flatMap(this::find).map(this::open).orElse(false);
    }
}
