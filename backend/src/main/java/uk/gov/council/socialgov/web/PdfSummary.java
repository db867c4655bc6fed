package uk.gov.council.socialgov.web;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The one-page-style A4 summary an export puts beside its files (the evidence bundle, a subject access request):
 * a heading, paragraphs, a subheading and a two-column table per item, and lines in a fixed-width font.
 */
public final class PdfSummary {

    private static final Font HEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
    private static final Font SUBHEADING = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
    private static final Font BODY = FontFactory.getFont(FontFactory.HELVETICA, 10);
    private static final Font LABEL = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 10);
    private static final Font CODE = FontFactory.getFont(FontFactory.COURIER, 8);

    /** A row of a table: a label, its value, and whether the value is a hash or code (fixed-width). */
    public record Row(String label, String value, boolean code) {

        public Row(String label, String value) {
            this(label, value, false);
        }
    }

    private final Document document;

    private PdfSummary(Document document) {
        this.document = document;
    }

    /** The PDF that {@code content} writes, titled {@code title} (its document properties and its first heading). */
    public static byte[] write(String title, Consumer<PdfSummary> content) {
        var out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48, 48, 48, 48);
        try {
            PdfWriter.getInstance(document, out);
            document.addTitle(title);
            document.open();
            PdfSummary summary = new PdfSummary(document);
            summary.add(new Paragraph(title, HEADING));
            content.accept(summary);
            document.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("The summary \"" + title + "\" could not be written", e);
        }
        return out.toByteArray();
    }

    public PdfSummary paragraph(String text) {
        return add(new Paragraph(text, BODY));
    }

    /** A gap, then a subheading. */
    public PdfSummary subheading(String text) {
        add(new Paragraph(" "));
        return add(new Paragraph(text, SUBHEADING));
    }

    public PdfSummary code(String text) {
        return add(new Paragraph(text, CODE));
    }

    /** A full-width table of labels and values, the values three times as wide. */
    public PdfSummary table(List<Row> rows) {
        PdfPTable table = new PdfPTable(new float[] {1, 3});
        table.setWidthPercentage(100);
        for (Row row : rows) {
            table.addCell(new Paragraph(row.label(), LABEL));
            table.addCell(new Paragraph(row.value(), row.code() ? CODE : BODY));
        }
        return add(table);
    }

    private PdfSummary add(Element element) {
        try {
            document.add(element);
        } catch (DocumentException e) {
            throw new IllegalStateException("The summary could not be written", e);
        }
        return this;
    }

    /** One file in an export's ZIP. */
    public static void addToZip(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
