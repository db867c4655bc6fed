package uk.gov.council.socialgov.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * Files only the account running SocialGov may read or write: the secrets it generates for itself
 * (database passwords, the audit key) and the audit checkpoints. Folders are rwx------ and files
 * rw------- wherever the file system has POSIX permissions; looser permissions found on them are
 * tightened, with a warning.
 */
public final class OwnerOnlyFiles {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnlyFiles.class);
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerOnlyFiles() {
    }

    /** The secret kept in {@code file}, generated (256 random bits) and written owner-only on first use. */
    public static String secret(Path file) {
        Path folder = file.toAbsolutePath().getParent();
        try {
            ownerOnlyFolder(folder);
            if (!Files.exists(file)) {
                byte[] bytes = new byte[32];
                RANDOM.nextBytes(bytes);
                String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                try (FileChannel channel = FileChannel.open(file, EnumSet.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
                        attributes(file, FILE))) {
                    channel.write(ByteBuffer.wrap((generated + "\n").getBytes(StandardCharsets.US_ASCII)));
                    channel.force(true);
                } catch (FileAlreadyExistsException e) {
                    // another process wrote it first: use theirs
                }
            }
            tighten(file, FILE);
            String secret = Files.readString(file, StandardCharsets.US_ASCII).strip();
            if (secret.isEmpty()) {
                throw new IllegalStateException("The secret file " + file + " is empty. Restore it from a backup of "
                        + folder + "; without it SocialGov cannot reach its data.");
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the secret file " + file, e);
        }
    }

    /** Appends one line to {@code file}, creating it owner-only, and forces it to disk before answering. */
    public static void appendLine(Path file, String line) {
        Path absolute = file.toAbsolutePath();
        try {
            Path folder = absolute.getParent();
            if (!Files.isDirectory(folder)) {
                Files.createDirectories(folder, attributes(folder, FOLDER));
            }
            try (FileChannel channel = FileChannel.open(absolute, EnumSet.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND), attributes(absolute, FILE))) {
                channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.UTF_8)));
                channel.force(true);
            }
            tighten(absolute, FILE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append to " + absolute, e);
        }
    }

    /** Creates the folder rwx------, or tightens it to that if it exists (it holds only our secrets). */
    public static void ownerOnlyFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder, attributes(folder, FOLDER));
        }
        tighten(folder, FOLDER);
    }

    private static void tighten(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!posix(path)) {
            return;
        }
        Set<PosixFilePermission> actual = Files.getPosixFilePermissions(path);
        if (!actual.equals(wanted)) {
            LOG.warn("{} could be read or changed by others ({}); setting it to {}", path,
                    PosixFilePermissions.toString(actual), PosixFilePermissions.toString(wanted));
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    private static FileAttribute<?>[] attributes(Path path, Set<PosixFilePermission> permissions) {
        return posix(path) ? new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
    }

    private static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
