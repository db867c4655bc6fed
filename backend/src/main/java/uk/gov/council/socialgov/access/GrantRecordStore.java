package uk.gov.council.socialgov.access;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.Sql;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The accounts a grant covers and the statements signed for it. */
@Singleton
class GrantRecordStore {

    @Serdeable
    record Signature(String statementVersion, String statementSha256, String signedBy, Instant signedAt) {
    }

    /** A grant still in force or on its way, by its status. */
    private static final String NOT_ENDED = "g.status not in ('NOT_ENDORSED', 'REJECTED', 'REVOKED', 'EXPIRED')";

    private final Sql sql;

    GrantRecordStore(Sql sql) {
        this.sql = sql;
    }

    void addAccounts(UUID grantId, List<UUID> accountIds) {
        for (UUID accountId : accountIds) {
            sql.update("insert into access_grant_account (grant_id, account_id) values (?, ?)", grantId, accountId);
        }
    }

    List<UUID> accounts(UUID grantId) {
        return sql.list("select account_id from access_grant_account where grant_id = ? order by account_id", row -> Sql.uuid(row, 1), grantId);
    }

    /** The accounts on which the person already has a grant that has not ended. */
    Set<UUID> openGrantAccounts(String grantee) {
        return new HashSet<>(sql.list("select a.account_id from access_grant_account a join access_grant g on g.id = a.grant_id "
                + "where g.grantee = ? and " + NOT_ENDED, row -> Sql.uuid(row, 1), grantee));
    }

    /** This person's grants not yet ended, requested or active. */
    List<UUID> openGrantsOf(String grantee) {
        return sql.list("select g.id from access_grant g where g.grantee = ? and " + NOT_ENDED + " order by g.reference",
                row -> Sql.uuid(row, 1), grantee);
    }

    /** Grants not yet ended that cover this account and no longer cover any open account. */
    List<UUID> openGrantsLeftWithoutOpenAccounts(UUID closedAccountId) {
        return sql.list("select g.id from access_grant g join access_grant_account a on a.grant_id = g.id "
                + "where a.account_id = ? and " + NOT_ENDED + " "
                + "and not exists (select 1 from access_grant_account other join social_account s on s.id = other.account_id "
                + "where other.grant_id = g.id and s.status = 'ACTIVE') order by g.reference", row -> Sql.uuid(row, 1), closedAccountId);
    }

    /** Keeps the exact text signed, with its SHA-256, so the signature can be shown to be of that text. */
    void sign(UUID grantId, Statement statement, String by, Instant at) {
        sql.update("insert into access_grant_signature (id, grant_id, statement_version, statement_text, statement_sha256, "
                + "signed_by, signed_at) values (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), grantId, statement.version(), statement.text(), sha256(statement.text()), by, at);
    }

    List<Signature> signatures(UUID grantId) {
        return sql.list("select statement_version, statement_sha256, signed_by, signed_at from access_grant_signature "
                + "where grant_id = ? order by signed_at",
                row -> new Signature(row.getString(1), row.getString(2), row.getString(3), Sql.instant(row, 4)), grantId);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
