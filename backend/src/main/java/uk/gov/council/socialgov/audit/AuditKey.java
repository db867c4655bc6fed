package uk.gov.council.socialgov.audit;

import io.micronaut.context.BeanProvider;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.database.DataFolder;
import uk.gov.council.socialgov.database.OwnerOnlyFiles;
import uk.gov.council.socialgov.database.StartupProblem;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * The key the audit chain and its checkpoints are signed with (HMAC-SHA256). The database never
 * holds it: it comes from {@code socialgov.audit.key} ({@code SOCIALGOV_AUDIT_KEY}), or for the
 * embedded default from {@code secrets/audit.key} in the data folder, generated on the first start.
 */
@Singleton
class AuditKey {

    static final int MINIMUM_LENGTH = 32;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;

    AuditKey(@Value("${socialgov.audit.key:}") String configured, BeanProvider<DataFolder> folder) {
        String secret;
        if (!configured.isBlank()) {
            if (configured.strip().length() < MINIMUM_LENGTH) {
                throw new StartupProblem("SOCIALGOV_AUDIT_KEY must be at least " + MINIMUM_LENGTH + " characters long "
                        + "(for example the output of: openssl rand -base64 32).");
            }
            secret = configured.strip();
        } else if (folder.isPresent()) {
            secret = OwnerOnlyFiles.secret(folder.get().path().resolve("secrets").resolve("audit.key"));
        } else {
            throw new StartupProblem("Set SOCIALGOV_AUDIT_KEY to a random text of at least " + MINIMUM_LENGTH + " characters, the "
                    + "same on every node and kept outside the database: with an external database SocialGov does not "
                    + "generate the audit trail's key itself (see README.md).");
        }
        key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
    }

    /** A new MAC with the key; one per thread, as a Mac is not thread-safe. */
    Mac mac() {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(Mac mac, String content) {
        return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    String sign(String content) {
        return sign(mac(), content);
    }
}
