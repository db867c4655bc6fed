package uk.gov.council.socialgov.accounts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.data.exceptions.OptimisticLockException;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Page;
import uk.gov.council.socialgov.database.Sql;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.registry.AccountKind;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Account requests in PostgreSQL; the business case and proposed users are kept as JSON. An update
 * writes the whole request and fails if someone else changed it since it was read.
 */
@Singleton
class AccountRequestStore {

    private static final String COLUMNS = "id, reference, department, kind, campaign_end_date, platform, proposed_name, business_case, "
            + "proposed_users, submitted_by, submitted_at, status, rejection_reason, decided_by, decided_at, process_instance_id, handle, "
            + "url, social_account_id, closed_at, version, endorser, endorsed_at";

    /**
     * The requests list: every request for the communications team (the first parameter), their own
     * for anyone else, those they are asked to endorse, and their department's for its service managers
     * (the fourth); never one the viewer is excluded from.
     */
    private static final String LISTED_FOR = """
            from account_request r
            where (? or r.submitted_by = ? or r.endorser = ? or lower(r.department) = lower(cast(? as varchar)))
            and not exists (select 1 from case_exclusion x
                            where x.case_type = 'account-request' and x.case_id = r.id::text and x.username = ?)""";

    private final Sql sql;
    private final JsonMapper json;

    AccountRequestStore(Sql sql, JsonMapper json) {
        this.sql = sql;
        this.json = json;
    }

    long nextNumber() {
        return sql.number("select nextval('account_request_number')");
    }

    long count() {
        return sql.number("select count(*) from account_request");
    }

    /** How many requests are in each status; a status with none is not in the answer. */
    Map<AccountRequestStatus, Long> countsByStatus() {
        return sql.list("select status, count(*) from account_request group by status",
                        row -> Map.entry(AccountRequestStatus.valueOf(row.getString(1)), row.getLong(2)))
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    Optional<AccountRequest> findById(UUID id) {
        return sql.optional("select " + COLUMNS + " from account_request where id = ?", this::request, id);
    }

    Optional<AccountRequest> findBySocialAccountId(UUID socialAccountId) {
        return sql.optional("select " + COLUMNS + " from account_request where social_account_id = ?", this::request, socialAccountId);
    }

    /** One page of the requests list, newest first. */
    Page<AccountRequest> listedFor(String viewer, boolean everyone, @Nullable String department, int page, int size) {
        long total = sql.number("select count(*) " + LISTED_FOR, everyone, viewer, viewer, department, viewer);
        List<AccountRequest> items = sql.list("select r.* " + LISTED_FOR + " order by r.submitted_at desc, r.id limit ? offset ?",
                this::request, everyone, viewer, viewer, department, viewer, size, (long) page * size);
        return new Page<>(items, total);
    }

    /** Inserts a new request at version 0. */
    AccountRequest save(AccountRequest request) {
        request.setVersion(0L);
        sql.update("insert into account_request (" + COLUMNS + ") "
                        + "values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                request.getId(), request.getReference(), request.getDepartment(), request.getKind(), request.getCampaignEndDate(),
                request.getPlatform(), request.getProposedName(), write(request.getBusinessCase()), write(request.getProposedUsers()),
                request.getSubmittedBy(), request.getSubmittedAt(), request.getStatus(), request.getRejectionReason(), request.getDecidedBy(),
                request.getDecidedAt(), request.getProcessInstanceId(), request.getHandle(), request.getUrl(), request.getSocialAccountId(),
                request.getClosedAt(), request.getVersion(), request.getEndorser(), request.getEndorsedAt());
        return request;
    }

    /** Writes the request back if its row is still at the version it was read at, and moves the version on. */
    AccountRequest update(AccountRequest request) {
        long read = request.getVersion();
        int updated = sql.update("""
                update account_request set reference = ?, department = ?, kind = ?, campaign_end_date = ?, platform = ?, proposed_name = ?,
                    business_case = cast(? as jsonb), proposed_users = cast(? as jsonb), submitted_by = ?, submitted_at = ?, status = ?,
                    rejection_reason = ?, decided_by = ?, decided_at = ?, process_instance_id = ?, handle = ?, url = ?,
                    social_account_id = ?, closed_at = ?, version = ?, endorsed_at = ?
                where id = ? and version = ?""",
                request.getReference(), request.getDepartment(), request.getKind(), request.getCampaignEndDate(), request.getPlatform(),
                request.getProposedName(), write(request.getBusinessCase()), write(request.getProposedUsers()), request.getSubmittedBy(),
                request.getSubmittedAt(), request.getStatus(), request.getRejectionReason(), request.getDecidedBy(), request.getDecidedAt(),
                request.getProcessInstanceId(), request.getHandle(), request.getUrl(), request.getSocialAccountId(), request.getClosedAt(),
                read + 1, request.getEndorsedAt(), request.getId(), read);
        if (updated != 1) {
            throw new OptimisticLockException("Execute update returned unexpected row count. Expected: 1 got: " + updated);
        }
        request.setVersion(read + 1);
        return request;
    }

    private AccountRequest request(ResultSet row) throws SQLException {
        return new AccountRequest(Sql.uuid(row, "id"), row.getString("reference"), row.getString("department"),
                AccountKind.valueOf(row.getString("kind")), Sql.date(row, "campaign_end_date"), Platform.valueOf(row.getString("platform")),
                row.getString("proposed_name"), read(row.getString("business_case"), Argument.of(BusinessCase.class)),
                read(row.getString("proposed_users"), Argument.listOf(String.class)), row.getString("submitted_by"),
                Sql.instant(row, "submitted_at"), AccountRequestStatus.valueOf(row.getString("status")), row.getString("rejection_reason"),
                row.getString("decided_by"), Sql.instant(row, "decided_at"), row.getString("process_instance_id"), row.getString("handle"),
                row.getString("url"), Sql.uuid(row, "social_account_id"), Sql.instant(row, "closed_at"), row.getLong("version"),
                row.getString("endorser"), Sql.instant(row, "endorsed_at"));
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T read(String text, Argument<T> type) {
        try {
            return json.readValue(text, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** At the end of retention: the request and its notes go; what went is hashed for the tombstone. */
    List<Sql.Deleted> destroy(UUID id) {
        return List.of(sql.deleteRecorded("account_request_note", "t.request_id = ?", id),
                sql.deleteRecorded("account_request", "t.id = ?", id));
    }

    /** Requests the person made, endorsed or is proposed for, or whose free text or notes hold one of the names. */
    List<UUID> about(String username, List<String> names) {
        return sql.list("""
                select r.id from account_request r
                where r.submitted_by = ? or r.endorser = ? or jsonb_exists(r.proposed_users, ?)
                   or exists (select 1 from unnest(cast(? as varchar[])) n
                              where strpos(lower(r.proposed_name || ' ' || r.business_case::text || ' ' || coalesce(r.rejection_reason, '')),
                                           lower(n)) > 0
                                 or exists (select 1 from account_request_note o
                                            where o.request_id = r.id and strpos(lower(o.body), lower(n)) > 0))
                order by r.submitted_at, r.id limit 500""", row -> Sql.uuid(row, 1), username, username, username, names);
    }
}
