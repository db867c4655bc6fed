package uk.gov.council.socialgov.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One retained post as people see it. Once destroyed, only its platform, dates and hashes remain. */
@Serdeable
public record EvidenceItem(UUID id, int number, String platform, String platformLabel, @Nullable String url,
                           @Nullable String authorHandle, @Nullable Instant postedAt, @Nullable String text, Instant capturedAt,
                           String capturedBy, @Nullable String capturedByName, boolean sealed, @Nullable Instant sealedAt,
                           @Nullable String recordSha256, boolean disposed, @Nullable Instant disposedAt, List<File> files) {

    @Serdeable
    public record File(UUID id, @Nullable String fileName, String mediaType, long size, String sha256) {
    }

    EvidenceItem withFiles(List<File> kept, @Nullable String capturedByName) {
        return new EvidenceItem(id, number, platform, platformLabel, url, authorHandle, postedAt, text, capturedAt, capturedBy,
                capturedByName, sealed, sealedAt, recordSha256, disposed, disposedAt, kept);
    }
}
