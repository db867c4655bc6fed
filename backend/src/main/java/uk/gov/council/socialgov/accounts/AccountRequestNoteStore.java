package uk.gov.council.socialgov.accounts;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.util.List;
import java.util.UUID;

/** What the communications team and the department said about a request, in PostgreSQL. */
@Singleton
class AccountRequestNoteStore {

    private final Sql sql;

    AccountRequestNoteStore(Sql sql) {
        this.sql = sql;
    }

    AccountRequestNote save(AccountRequestNote note) {
        sql.update("insert into account_request_note (id, request_id, kind, body, written_by, written_at) values (?, ?, ?, ?, ?, ?)",
                note.id(), note.requestId(), note.kind(), note.body(), note.writtenBy(), note.writtenAt());
        return note;
    }

    /** A request's notes, oldest first. */
    List<AccountRequestNote> findByRequestIdOrderByWrittenAt(UUID requestId) {
        return sql.list("select id, request_id, kind, body, written_by, written_at from account_request_note where request_id = ? "
                + "order by written_at", row -> new AccountRequestNote(Sql.uuid(row, 1), Sql.uuid(row, 2),
                AccountRequestNote.Kind.valueOf(row.getString(3)), row.getString(4), row.getString(5), Sql.instant(row, 6)), requestId);
    }
}
