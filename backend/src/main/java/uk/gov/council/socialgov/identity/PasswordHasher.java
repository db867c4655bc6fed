package uk.gov.council.socialgov.identity;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/** BCrypt with a work factor that keeps a sign-in near a tenth of a second on a two-core server. */
@Singleton
class PasswordHasher {

    private final BCryptPasswordEncoder encoder = new BCryptPasswordEncoder(11);
    // Checked against when the username is unknown, so timing does not reveal which usernames exist.
    private final String decoy = encoder.encode("decoy password");

    String hash(String password) {
        return encoder.encode(password);
    }

    boolean matches(String password, String hash) {
        return encoder.matches(password, hash == null ? decoy : hash);
    }
}
