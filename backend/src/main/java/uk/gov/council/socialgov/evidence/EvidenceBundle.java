package uk.gov.council.socialgov.evidence;

import uk.gov.council.socialgov.audit.CaseHistory;
import uk.gov.council.socialgov.cases.CaseHeader;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.web.PdfSummary;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipOutputStream;

/**
 * The evidence bundle for a hearing: a PDF summary, each sealed post's record exactly as it was
 * hashed, its files, and a manifest that {@code sha256sum -c} can check against every one of them.
 */
final class EvidenceBundle {

    /** A sealed post with its record exactly as hashed; its files' bytes are read one at a time while writing. */
    record Post(EvidenceItem item, String canonicalRecord) {
    }

    /** Reads one file's bytes, so only one file is in memory at a time; null once destroyed. */
    interface FileReader {
        byte[] read(UUID itemId, UUID fileId);
    }

    static final String MANIFEST = "manifest-sha256.txt";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, h:mma", Locale.UK);

    private EvidenceBundle() {
    }

    /** Writes the bundle to {@code out} as it goes, file by file; never the whole bundle in memory. */
    static void write(OutputStream out, CaseHeader header, List<Post> posts, FileReader files, Evidence.Verification verification,
                      CurrentUser exportedBy, List<CaseHistory.Entry> custody) throws IOException {
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            StringBuilder manifest = new StringBuilder();
            PdfSummary.addToZip(zip, "summary.pdf", summary(header, posts, verification, exportedBy, custody));
            for (Post post : posts) {
                String record = "records/post-%03d.txt".formatted(post.item().number());
                PdfSummary.addToZip(zip, record, post.canonicalRecord().getBytes(StandardCharsets.UTF_8));
                manifest.append(post.item().recordSha256()).append("  ").append(record).append('\n');
                int n = 0;
                for (EvidenceItem.File file : post.item().files()) {
                    byte[] bytes = files.read(post.item().id(), file.id());
                    if (bytes == null) {
                        continue;
                    }
                    String name = "files/post-%03d-%02d-%s".formatted(post.item().number(), ++n, file.fileName());
                    PdfSummary.addToZip(zip, name, bytes);
                    manifest.append(file.sha256()).append("  ").append(name).append('\n');
                }
            }
            PdfSummary.addToZip(zip, MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
        }
    }


    private static byte[] summary(CaseHeader header, List<Post> posts, Evidence.Verification verification, CurrentUser exportedBy,
                                  List<CaseHistory.Entry> custody) {
        return PdfSummary.write("Evidence bundle: " + header.reference(), pdf -> {
            pdf.paragraph(header.title() + ". Status: " + header.statusLabel() + ".")
                    .paragraph("Exported by " + exportedBy.displayName() + " on " + when(EngineClock.now()) + " (UK time).")
                    .paragraph(verification.intact()
                            ? "Every record and file was checked against its SHA-256 when this bundle was made, and all match."
                            : "WARNING: some records or files did not match their SHA-256 when this bundle was made.")
                    .paragraph("Check the files with: sha256sum -c " + MANIFEST);
            for (Post post : posts) {
                EvidenceItem item = post.item();
                List<PdfSummary.Row> rows = new ArrayList<>(List.of(
                        new PdfSummary.Row("Address", item.url() == null ? "None: kept from a screenshot or message" : item.url()),
                        new PdfSummary.Row("Posted by", item.authorHandle()),
                        new PdfSummary.Row("Posted", item.postedAt() == null ? "Not known" : when(item.postedAt())),
                        new PdfSummary.Row("Kept", when(item.capturedAt()) + " by " + item.capturedByName()),
                        new PdfSummary.Row("Sealed", when(item.sealedAt())),
                        new PdfSummary.Row("Text", item.text() == null ? "None kept" : item.text()),
                        new PdfSummary.Row("Record SHA-256", item.recordSha256(), true)));
                for (EvidenceItem.File file : item.files()) {
                    rows.add(new PdfSummary.Row("File", file.fileName() + " (" + file.mediaType() + ", " + file.size()
                            + " bytes)\nSHA-256 " + file.sha256()));
                }
                pdf.subheading("Post " + item.number() + " on " + item.platformLabel()).table(rows);
            }
            pdf.subheading("Chain of custody");
            for (CaseHistory.Entry entry : custody) {
                pdf.code(when(entry.occurredAt()) + "  " + entry.actor() + "  " + entry.action()
                        + (entry.detail() == null ? "" : "  " + entry.detail()));
            }
        });
    }

    private static String when(Instant instant) {
        return instant.atZone(EngineClock.UK).format(WHEN).replace("AM", "am").replace("PM", "pm");
    }
}
