package uk.gov.council.socialgov.cases;

import io.micronaut.core.annotation.Nullable;

import java.util.Locale;

/** A file name fit to store and to offer back in a download: no path, no control or reserved characters, the right extension. */
public final class SafeFileName {

    static final int MAX_LENGTH = 200;

    private SafeFileName() {
    }

    public static String of(@Nullable String original, UploadedFileType type) {
        String name = original == null ? "" : original;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\u200b-\\u200f\\u202a-\\u202e<>:\"|?*]", "")
                .strip().replaceFirst("^\\.+", "");
        String lower = name.toLowerCase(Locale.ROOT);
        boolean rightExtension = lower.endsWith("." + type.extension())
                || (type == UploadedFileType.JPEG && lower.endsWith(".jpeg"));
        String extension = rightExtension ? "" : "." + type.extension();
        if (name.isEmpty()) {
            name = "document";
        }
        int room = MAX_LENGTH - extension.length();
        if (name.length() > room) {
            name = name.substring(0, room);
        }
        return name + extension;
    }
}
