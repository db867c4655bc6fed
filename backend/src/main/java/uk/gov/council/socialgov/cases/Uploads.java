package uk.gov.council.socialgov.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.multipart.CompletedFileUpload;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** The checks every uploaded file passes, wherever it is uploaded: present, not empty, under the cap, and a type we accept. */
public final class Uploads {

    private Uploads() {
    }

    /** The uploaded part's bytes, or null when none was sent; a part over {@code maxBytes} is refused before it is read. */
    public static @Nullable byte[] read(@Nullable CompletedFileUpload file, long maxBytes) {
        if (file == null) {
            return null;
        }
        if (file.getSize() > maxBytes) {
            throw new InvalidRequestException(List.of(tooLarge(maxBytes)));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The file's real type, or null with the reason added to {@code errors} (field {@code file}). */
    public static @Nullable UploadedFileType check(@Nullable byte[] content, long maxBytes, List<FieldError> errors) {
        if (content == null) {
            errors.add(new FieldError("file", "Select a file to upload"));
        } else if (content.length == 0) {
            errors.add(new FieldError("file", "The selected file is empty"));
        } else if (content.length > maxBytes) {
            errors.add(tooLarge(maxBytes));
        } else {
            UploadedFileType type = UploadedFileType.of(content).orElse(null);
            if (type == null) {
                errors.add(new FieldError("file", "The selected file must be a PDF, PNG or JPEG"));
            }
            return type;
        }
        return null;
    }

    public static FieldError tooLarge(long maxBytes) {
        return new FieldError("file", "The selected file must be smaller than " + maxBytes / (1024 * 1024) + " MB");
    }

    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(sha256Digest().digest(content));
    }

    public static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
