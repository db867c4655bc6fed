package uk.gov.council.socialgov.registry;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.web.ForbiddenException;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The account registry. The communications team and internal audit see every account; anyone else
 * sees the accounts they answer for or may post from today. Others get 404 for an account page.
 */
@Singleton
class RegistryService {

    record Page(List<RegisteredAccount> items, long total) {
    }

    static final int RECENT_ACTIVITY_DAYS = 30;

    private final AccountRegistryStore registry;
    private final Directory directory;
    private final AuditTrail audit;

    RegistryService(AccountRegistryStore registry, Directory directory, AuditTrail audit) {
        this.registry = registry;
        this.directory = directory;
        this.audit = audit;
    }

    static boolean seesEveryAccount(CurrentUser user) {
        return user.isIn(Groups.COMMS) || user.isIn(Groups.AUDITORS);
    }

    @Transactional
    Page list(@Nullable Platform platform, @Nullable String kind, @Nullable String status, @Nullable String text,
              CurrentUser user, int page, int size) {
        var filter = new AccountRegistryStore.Filter(platform, kind, status, text == null || text.isBlank() ? null : text.strip(),
                seesEveryAccount(user) ? null : user.username());
        List<AccountRegistry.Row> rows = registry.page(filter, EngineClock.today(), page * size, size);
        Map<String, String> names = directory.displayNames(rows.stream().map(AccountRegistry.Row::owner).filter(Objects::nonNull).toList());
        return new Page(rows.stream().map(row -> summary(row, names)).toList(), registry.count(filter));
    }

    @Transactional
    RegisteredAccount.Details get(UUID id, CurrentUser user) {
        Visible visible = readable(id, user);
        AccountRegistry.Row row = visible.row();
        List<AccountRegistryStore.PeriodRecord> periods = registry.history(id);
        Set<String> people = new HashSet<>();
        periods.forEach(period -> {
            people.add(period.username());
            people.add(period.addedBy());
            if (period.endedBy() != null) {
                people.add(period.endedBy());
            }
        });
        if (row.owner() != null) {
            people.add(row.owner());
        }
        Map<String, String> names = directory.displayNames(people);
        return new RegisteredAccount.Details(row.id(), row.platform(), row.platform().label(), row.handle(), row.name(), row.url(),
                row.department(), row.kind(), row.status(), row.owner(), row.owner() == null ? null : names.get(row.owner()),
                row.lastActivityOn(), row.latestCount(), row.authorisedUserCount(), row.campaignEndDate(), row.createdAt(),
                row.deactivatedAt(), row.deactivationReason(), registry.counts(id),
                periods.stream().map(p -> authorisedUser(p, names)).toList(),
                registry.recentActivity(id, RECENT_ACTIVITY_DAYS), visible.mayRecord(), row.firstRecordedOn(), user.isIn(Groups.COMMS));
    }

    /** "Posted today": by comms, the responsible manager or anyone who may post from the account today. */
    @Transactional
    void recordActivityToday(UUID id, CurrentUser user) {
        Visible visible = readable(id, user);
        AccountRegistry.Row row = visible.row();
        if (!"ACTIVE".equals(row.status())) {
            throw new InvalidRequestException("account", "This account is closed, so no activity can be recorded");
        }
        if (!visible.mayRecord()) {
            throw new ForbiddenException("Only the communications team, the responsible manager or an authorised user can record activity.");
        }
        LocalDate today = EngineClock.today();
        if (registry.recordActivity(id, today, user.username(), EngineClock.now())) {
            audit.record(AuditEvent.of("ACCOUNT_ACTIVITY_RECORDED", row.name() + " on " + row.platform().label() + ", " + today));
        }
    }

    /** Followers (views for YouTube) read on a day, by those who may record activity; never a future day. */
    @Transactional
    void recordCount(UUID id, int count, LocalDate countedOn, CurrentUser user) {
        Visible visible = readable(id, user);
        AccountRegistry.Row row = visible.row();
        if (!visible.mayRecord()) {
            throw new ForbiddenException("Only the communications team, the responsible manager or an authorised user can record counts.");
        }
        if (countedOn.isAfter(EngineClock.today())) {
            throw new InvalidRequestException("countedOn", "The date counted must be today or in the past");
        }
        String metric = row.platform() == Platform.YOUTUBE ? "VIEWS" : "FOLLOWERS";
        registry.recordCount(id, countedOn, metric, count, user.username());
        audit.record(AuditEvent.of("ACCOUNT_COUNT_RECORDED", row.name() + " on " + row.platform().label() + ": " + count + " "
                + metric.toLowerCase() + " on " + countedOn));
    }

    /** Who could post from which account on the date (D 2.3), for comms and internal audit. */
    @Transactional
    List<RegisteredAccount.AuthorisedOn> authorisedOn(LocalDate date, CurrentUser user) {
        requireEveryAccount(user);
        List<AccountRegistryStore.PeriodOnAccount> periods = registry.authorisedOn(date);
        Map<String, String> names = directory.displayNames(periods.stream().map(p -> p.period().username()).distinct().toList());
        audit.record(AuditEvent.of("AUTHORISED_USERS_LISTED", "as at " + date));
        return periods.stream().map(p -> new RegisteredAccount.AuthorisedOn(p.accountId(), p.platform().label(), p.handle(), p.name(),
                p.department(), p.period().username(), names.get(p.period().username()), p.period().fromDate(), p.period().toDate()))
                .toList();
    }

    static void requireEveryAccount(CurrentUser user) {
        if (!seesEveryAccount(user)) {
            throw new ForbiddenException("Only the communications team and internal audit can list every authorised user.");
        }
    }

    /** An account this person may see, and whether they may record its activity and counts. */
    private record Visible(AccountRegistry.Row row, boolean mayRecord) {
    }

    private Visible readable(UUID id, CurrentUser user) {
        AccountRegistry.Row row = registry.find(id, EngineClock.today())
                .orElseThrow(() -> new NotFoundException("There is no account " + id));
        boolean answersForIt = user.username().equals(row.owner())
                || registry.isAuthorisedOn(id, user.username(), EngineClock.today());
        if (!seesEveryAccount(user) && !answersForIt) {
            throw new NotFoundException("There is no account " + id);
        }
        return new Visible(row, "ACTIVE".equals(row.status()) && (user.isIn(Groups.COMMS) || answersForIt));
    }

    private static RegisteredAccount.AuthorisedUser authorisedUser(AccountRegistryStore.PeriodRecord p, Map<String, String> names) {
        String givenBy = p.grantId() != null ? "GRANT" : p.accountRequestId() != null ? "REQUEST" : "REGISTRY";
        return new RegisteredAccount.AuthorisedUser(p.id(), p.username(), names.get(p.username()), p.fromDate(), p.toDate(), givenBy,
                p.accountRequestId(), p.grantId(), p.addedBy(), names.get(p.addedBy()), p.addedAt(), p.reason(), p.endedBy(),
                p.endedBy() == null ? null : names.get(p.endedBy()), p.endedAt(), p.endReason());
    }

    private static RegisteredAccount summary(AccountRegistry.Row row, Map<String, String> names) {
        return new RegisteredAccount(row.id(), row.platform(), row.platform().label(), row.handle(), row.name(), row.url(),
                row.department(), row.kind(), row.status(), row.owner(), row.owner() == null ? null : names.get(row.owner()),
                row.lastActivityOn(), row.latestCount(), row.authorisedUserCount());
    }

}
