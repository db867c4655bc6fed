package uk.gov.council.socialgov.evidence;

import uk.gov.council.socialgov.cases.Uploads;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The SHA-256 of a whole evidence record: every field and every file's hash, written out in a fixed
 * order so anyone can recompute it from the bundle's manifest. Changing any of them changes it.
 */
final class RecordHash {

    private RecordHash() {
    }

    static String of(String caseType, String caseId, EvidenceItem item) {
        return Uploads.sha256(canonical(caseType, caseId, item).getBytes(StandardCharsets.UTF_8));
    }

    static String canonical(String caseType, String caseId, EvidenceItem item) {
        StringBuilder text = new StringBuilder("SocialGov evidence record, version 1\n")
                .append("case: ").append(caseType).append('/').append(caseId).append('\n')
                .append("number: ").append(item.number()).append('\n')
                .append("platform: ").append(item.platform()).append('\n')
                .append("url: ").append(item.url()).append('\n')
                .append("author: ").append(item.authorHandle()).append('\n')
                .append("posted-at: ").append(item.postedAt() == null ? "-" : item.postedAt().toString()).append('\n')
                .append("captured-at: ").append(item.capturedAt()).append('\n')
                .append("captured-by: ").append(item.capturedBy()).append('\n')
                .append("text-sha256: ").append(item.text() == null ? "-" : Uploads.sha256(item.text().getBytes(StandardCharsets.UTF_8)))
                .append('\n');
        List<EvidenceItem.File> files = item.files();
        for (EvidenceItem.File file : files) {
            text.append("file: ").append(file.sha256()).append(' ').append(file.size()).append(' ').append(file.mediaType()).append('\n');
        }
        return text.toString();
    }
}
