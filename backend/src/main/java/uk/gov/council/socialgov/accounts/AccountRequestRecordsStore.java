package uk.gov.council.socialgov.accounts;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.util.List;
import java.util.UUID;

/** Finds the account requests that hold something about a person, for a subject access request. Read-only. */
@Singleton
class AccountRequestRecordsStore {

    private final Sql sql;

    AccountRequestRecordsStore(Sql sql) {
        this.sql = sql;
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
