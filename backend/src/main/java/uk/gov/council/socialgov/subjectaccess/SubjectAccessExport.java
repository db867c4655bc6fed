package uk.gov.council.socialgov.subjectaccess;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.PersonalRecords;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** The ZIP a subject access request sends: one JSON file per record (already redacted) and {@code summary.pdf}. */
@Singleton
class SubjectAccessExport {

    static final String SUMMARY = "summary.pdf";

    private final JsonMapper json;

    SubjectAccessExport(JsonMapper json) {
        this.json = json;
    }

    byte[] zip(SubjectAccess.Found found, List<SubjectAccess.ThirdParty> redacted) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            add(zip, SUMMARY, summary(found, redacted));
            int n = 0;
            for (SubjectAccess.Record record : found.records()) {
                add(zip, fileName(++n, record), json.writeValueAsBytes(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("The subject access export could not be written", e);
        }
        return out.toByteArray();
    }

    /** e.g. {@code records/02-breach-investigation-BI-2026-0004.json}: safe in any file system. */
    static String fileName(int number, SubjectAccess.Record record) {
        return "records/%02d-%s-%s.json".formatted(number, record.kind(), record.reference().replaceAll("[^A-Za-z0-9.-]", "_"));
    }

    private static void add(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    private static byte[] summary(SubjectAccess.Found found, List<SubjectAccess.ThirdParty> redacted) {
        var out = new ByteArrayOutputStream();
        Document pdf = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(pdf, out);
            pdf.addTitle("Subject access request: " + found.name());
            pdf.open();
            Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
            Font subheading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
            Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
            pdf.add(new Paragraph("Subject access request: " + found.name() + " (" + found.username() + ")", heading));
            pdf.add(new Paragraph("Records held by SocialGov about this person, under UK GDPR Article 15.", body));
            pdf.add(new Paragraph("Request run on " + found.searchedOn() + " by " + found.searchedBy() + ".", body));
            pdf.add(new Paragraph(found.records().size() + (found.records().size() == 1 ? " record is" : " records are")
                    + " in this export, each in its own file under records/.", body));
            if (found.notShown() > 0) {
                pdf.add(new Paragraph(found.notShown() + (found.notShown() == 1 ? " further record" : " further records")
                        + " must be added by another Information Manager: the person who ran this request may not see "
                        + (found.notShown() == 1 ? "it." : "them."), body));
            }
            pdf.add(new Paragraph(redactions(redacted), body));
            int n = 0;
            for (SubjectAccess.Record record : found.records()) {
                pdf.add(new Paragraph(" "));
                pdf.add(new Paragraph(record.kindLabel() + " " + record.reference(), subheading));
                PdfPTable table = new PdfPTable(new float[] {1, 3});
                table.setWidthPercentage(100);
                row(table, "File", fileName(++n, record), body);
                row(table, "Status", record.status(), body);
                row(table, "Their part in it", String.join(", ", record.roles()), body);
                row(table, "What is held", String.join("; ", record.fields().stream().map(PersonalRecords.Field::label).distinct().toList()), body);
                pdf.add(table);
            }
            pdf.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The subject access summary could not be written", e);
        }
        return out.toByteArray();
    }

    /** What was redacted, without naming whom: the summary goes to the person who asked. */
    private static String redactions(List<SubjectAccess.ThirdParty> redacted) {
        if (redacted.isEmpty()) {
            return "No names of other people were redacted.";
        }
        List<String> places = redacted.stream().flatMap(party -> party.places().stream()).distinct().toList();
        return (redacted.size() == 1 ? "The name of 1 other person was" : "The names of " + redacted.size() + " other people were")
                + " replaced with " + SubjectAccess.REDACTED + " in: " + String.join("; ", places) + ".";
    }

    private static void row(PdfPTable table, String label, String value, Font font) {
        table.addCell(new Paragraph(label, FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10)));
        table.addCell(new Paragraph(value, font));
    }
}
