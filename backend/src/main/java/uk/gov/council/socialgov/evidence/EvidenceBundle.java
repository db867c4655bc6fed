package uk.gov.council.socialgov.evidence;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import uk.gov.council.socialgov.audit.CaseHistory;
import uk.gov.council.socialgov.cases.CaseHeader;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.ZipEntry;
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
            add(zip, "summary.pdf", summary(header, posts, verification, exportedBy, custody));
            for (Post post : posts) {
                String record = "records/post-%03d.txt".formatted(post.item().number());
                add(zip, record, post.canonicalRecord().getBytes(StandardCharsets.UTF_8));
                manifest.append(post.item().recordSha256()).append("  ").append(record).append('\n');
                int n = 0;
                for (EvidenceItem.File file : post.item().files()) {
                    byte[] bytes = files.read(post.item().id(), file.id());
                    if (bytes == null) {
                        continue;
                    }
                    String name = "files/post-%03d-%02d-%s".formatted(post.item().number(), ++n, file.fileName());
                    add(zip, name, bytes);
                    manifest.append(file.sha256()).append("  ").append(name).append('\n');
                }
            }
            add(zip, MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
        }
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] summary(CaseHeader header, List<Post> posts, Evidence.Verification verification, CurrentUser exportedBy,
                                  List<CaseHistory.Entry> custody) {
        var out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle("Evidence bundle " + header.reference());
            pdf.open();
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font subheading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            Font code = FontFactory.getFont(FontFactory.COURIER, 8);
            pdf.add(new Paragraph("Evidence bundle: " + header.reference(), heading));
            pdf.add(new Paragraph(header.title() + ". Status: " + header.statusLabel() + ".", body));
            pdf.add(new Paragraph("Exported by " + exportedBy.displayName() + " on " + when(EngineClock.now()) + " (UK time).", body));
            pdf.add(new Paragraph(verification.intact()
                    ? "Every record and file was checked against its SHA-256 when this bundle was made, and all match."
                    : "WARNING: some records or files did not match their SHA-256 when this bundle was made.", body));
            pdf.add(new Paragraph("Check the files with: sha256sum -c " + MANIFEST, body));
            for (Post post : posts) {
                EvidenceItem item = post.item();
                pdf.add(new Paragraph(" "));
                pdf.add(new Paragraph("Post " + item.number() + " on " + item.platformLabel(), subheading));
                PdfPTable table = new PdfPTable(new float[] {1, 3});
                table.setWidthPercentage(100);
                row(table, "Address", item.url() == null ? "None: kept from a screenshot or message" : item.url(), body);
                row(table, "Posted by", item.authorHandle(), body);
                row(table, "Posted", item.postedAt() == null ? "Not known" : when(item.postedAt()), body);
                row(table, "Kept", when(item.capturedAt()) + " by " + item.capturedByName(), body);
                row(table, "Sealed", when(item.sealedAt()), body);
                row(table, "Text", item.text() == null ? "None kept" : item.text(), body);
                row(table, "Record SHA-256", item.recordSha256(), code);
                for (EvidenceItem.File file : item.files()) {
                    row(table, "File", file.fileName() + " (" + file.mediaType() + ", " + file.size()
                            + " bytes)\nSHA-256 " + file.sha256(), body);
                }
                pdf.add(table);
            }
            pdf.add(new Paragraph(" "));
            pdf.add(new Paragraph("Chain of custody", subheading));
            for (CaseHistory.Entry entry : custody) {
                pdf.add(new Paragraph(when(entry.occurredAt()) + "  " + entry.actor() + "  " + entry.action()
                        + (entry.detail() == null ? "" : "  " + entry.detail()), code));
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The evidence summary could not be written", e);
        }
        return out.toByteArray();
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        table.addCell(new Paragraph(label, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10)));
        table.addCell(new Paragraph(value, font));
    }

    private static String when(Instant instant) {
        return instant.atZone(EngineClock.UK).format(WHEN).replace("AM", "am").replace("PM", "pm");
    }
}
