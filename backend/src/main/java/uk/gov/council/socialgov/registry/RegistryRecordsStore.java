package uk.gov.council.socialgov.registry;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;
import uk.gov.council.socialgov.policy.Platform;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Finds what the account registry holds about a person (accounts they own, their authorised-user periods), for a subject access request. Read-only. */
@Singleton
class RegistryRecordsStore {

    /** An account the person owns or may post from; {@code from} is null for an account they own with no period of their own. */
    record Part(UUID accountId, String name, Platform platform, String handle, String status, @Nullable String owner,
                @Nullable LocalDate from, @Nullable LocalDate to, @Nullable String reason, @Nullable String endReason) {
    }

    private final Sql sql;

    RegistryRecordsStore(Sql sql) {
        this.sql = sql;
    }

    List<Part> about(String username) {
        return sql.list("""
                select a.id, a.name, a.platform, a.handle, a.status, a.owner, u.from_date, u.to_date, u.reason, u.end_reason
                from social_account a left join authorised_user u on u.account_id = a.id and u.username = ?
                where a.owner = ? or u.id is not null
                order by lower(a.name), a.id, u.from_date limit 500""",
                row -> new Part(Sql.uuid(row, 1), row.getString(2), Platform.valueOf(row.getString(3)), row.getString(4),
                        row.getString(5), row.getString(6), Sql.date(row, 7), Sql.date(row, 8), row.getString(9), row.getString(10)),
                username, username);
    }
}
