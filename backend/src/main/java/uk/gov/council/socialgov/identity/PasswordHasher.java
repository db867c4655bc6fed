package uk.gov.council.socialgov.identity;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import uk.gov.council.socialgov.web.InvalidRequestException;

import java.nio.charset.StandardCharsets;

/** BCrypt with a work factor that keeps a sign-in near a tenth of a second on a two-core server. */
@Singleton
class PasswordHasher {

    /** BCrypt reads no more than this many bytes of a password. */
    static final int MAX_BYTES = 72;

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(11);
    // Checked against when the username is unknown, so timing does not reveal which usernames exist.
    private final String decoy = encoder.encode("decoy password");

    /**
     * Refuses, naming the field, a password BCrypt cannot take whole (it would be cut short or
     * refused): checked before any hashing.
     */
    static void checkLength(String field, String password) {
        if (password != null && password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidRequestException(field, (field.equals("password") ? "Password" : "Your new password")
                    + " must be 72 characters or fewer (accented letters and symbols count as 2 to 4)");
        }
    }

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash == null ? decoy : hash);
    }
}
