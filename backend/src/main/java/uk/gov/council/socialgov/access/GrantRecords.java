package uk.gov.council.socialgov.access;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** The accounts a grant covers and the statements signed for it. */
@Singleton
class GrantRecords {

    @Serdeable
    record Signature(String statementVersion, String statementSha256, String signedBy, Instant signedAt) {
    }

    private final JdbcOperations jdbc;

    GrantRecords(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    void addAccounts(UUID grantId, List<UUID> accountIds) {
        for (UUID accountId : accountIds) {
            jdbc.prepareStatement("insert into access_grant_account (grant_id, account_id) values (?, ?)", s -> {
                s.setObject(1, grantId);
                s.setObject(2, accountId);
                return s.executeUpdate();
            });
        }
    }

    List<UUID> accounts(UUID grantId) {
        return jdbc.prepareStatement("select account_id from access_grant_account where grant_id = ? order by account_id", s -> {
            s.setObject(1, grantId);
            List<UUID> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(row.getObject(1, UUID.class));
                }
            }
            return found;
        });
    }

    /** The accounts on which the person already has a grant that has not ended. */
    Set<UUID> openGrantAccounts(String grantee) {
        return jdbc.prepareStatement("select a.account_id from access_grant_account a join access_grant g on g.id = a.grant_id "
                + "where g.grantee = ? and g.status not in ('NOT_ENDORSED', 'REJECTED', 'REVOKED', 'EXPIRED')", s -> {
            s.setString(1, grantee);
            Set<UUID> found = new HashSet<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(row.getObject(1, UUID.class));
                }
            }
            return found;
        });
    }

    /** Grants not yet ended that cover this account and no longer cover any open account. */
    List<UUID> openGrantsLeftWithoutOpenAccounts(UUID closedAccountId) {
        return jdbc.prepareStatement("select g.id from access_grant g join access_grant_account a on a.grant_id = g.id "
                + "where a.account_id = ? and g.status not in ('NOT_ENDORSED', 'REJECTED', 'REVOKED', 'EXPIRED') "
                + "and not exists (select 1 from access_grant_account other join social_account s on s.id = other.account_id "
                + "where other.grant_id = g.id and s.status = 'ACTIVE') order by g.reference", s -> {
            s.setObject(1, closedAccountId);
            List<UUID> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(row.getObject(1, UUID.class));
                }
            }
            return found;
        });
    }

    /** Keeps the exact text signed, with its SHA-256, so the signature can be shown to be of that text. */
    void sign(UUID grantId, Statement statement, String by, Instant at) {
        jdbc.prepareStatement("insert into access_grant_signature (id, grant_id, statement_version, statement_text, statement_sha256, "
                + "signed_by, signed_at) values (?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, UUID.randomUUID());
            s.setObject(2, grantId);
            s.setString(3, statement.version());
            s.setString(4, statement.text());
            s.setString(5, sha256(statement.text()));
            s.setString(6, by);
            s.setTimestamp(7, Timestamp.from(at));
            return s.executeUpdate();
        });
    }

    List<Signature> signatures(UUID grantId) {
        return jdbc.prepareStatement("select statement_version, statement_sha256, signed_by, signed_at from access_grant_signature "
                + "where grant_id = ? order by signed_at", s -> {
            s.setObject(1, grantId);
            List<Signature> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(new Signature(row.getString(1), row.getString(2), row.getString(3), row.getTimestamp(4).toInstant()));
                }
            }
            return found;
        });
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
