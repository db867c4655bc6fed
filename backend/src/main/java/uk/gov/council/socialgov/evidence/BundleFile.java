package uk.gov.council.socialgov.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * An evidence bundle on its way out: a temporary file in a folder only this application may read
 * (rwx------), streamed to the person and deleted as soon as it has been sent, or when the
 * application stops. It holds case content, so it never outlives the download.
 */
final class BundleFile {

    private static Path directory;

    private final Path path;

    private BundleFile(Path path) {
        this.path = path;
    }

    static BundleFile create() {
        try {
            Path file = Files.createTempFile(directory(), "bundle-", ".zip",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            file.toFile().deleteOnExit();
            return new BundleFile(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static synchronized Path directory() throws IOException {
        if (directory == null) {
            directory = Files.createTempDirectory("socialgov-bundles-",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            directory.toFile().deleteOnExit();
        }
        return directory;
    }

    Path path() {
        return path;
    }

    /** The bundle to send; closing it (when sent, or when the download stops) deletes the file. */
    InputStream openDeletingOnClose() {
        try {
            return new FilterInputStream(Files.newInputStream(path)) {
                @Override
                public void close() throws IOException {
                    try {
                        super.close();
                    } finally {
                        delete();
                    }
                }
            };
        } catch (IOException e) {
            delete();
            throw new UncheckedIOException(e);
        }
    }

    void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
