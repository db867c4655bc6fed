package uk.gov.council.socialgov.registry;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The active accounts someone who left could post from on their leaving date, and those they owned. */
@Singleton
class LeaversAccountsStore {

    private final Sql sql;

    LeaversAccountsStore(Sql sql) {
        this.sql = sql;
    }

    /** Active accounts on which the person had a period open on that date, by name. */
    List<UUID> postedFromOn(String username, LocalDate date) {
        return sql.list("""
                select a.id from social_account a
                where a.status = 'ACTIVE' and exists (select 1 from authorised_user u where u.account_id = a.id and u.username = ?
                      and u.from_date <= ? and (u.to_date is null or u.to_date >= ?))
                order by lower(a.name), a.platform""", row -> Sql.uuid(row, 1), username, date, date);
    }

    /** Active accounts the person answers for, by name. */
    List<UUID> ownedBy(String username) {
        return sql.list("select id from social_account where status = 'ACTIVE' and owner = ? order by lower(name), platform",
                row -> Sql.uuid(row, 1), username);
    }
}
