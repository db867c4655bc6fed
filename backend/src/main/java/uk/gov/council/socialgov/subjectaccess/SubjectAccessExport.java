package uk.gov.council.socialgov.subjectaccess;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.PersonalRecords;
import uk.gov.council.socialgov.web.PdfSummary;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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
            PdfSummary.addToZip(zip, SUMMARY, summary(found, redacted));
            int n = 0;
            for (SubjectAccess.Record record : found.records()) {
                PdfSummary.addToZip(zip, fileName(++n, record), json.writeValueAsBytes(record));
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


    private static byte[] summary(SubjectAccess.Found found, List<SubjectAccess.ThirdParty> redacted) {
        return PdfSummary.write("Subject access request: " + found.name() + " (" + found.username() + ")", pdf -> {
            pdf.paragraph("Records held by SocialGov about this person, under UK GDPR Article 15.")
                    .paragraph("Request run on " + found.searchedOn() + " by " + found.searchedBy() + ".")
                    .paragraph(found.records().size() + (found.records().size() == 1 ? " record is" : " records are")
                            + " in this export, each in its own file under records/.");
            if (found.notShown() > 0) {
                pdf.paragraph(found.notShown() + (found.notShown() == 1 ? " further record" : " further records")
                        + " must be added by another Information Manager: the person who ran this request may not see "
                        + (found.notShown() == 1 ? "it." : "them."));
            }
            pdf.paragraph(redactions(redacted));
            int n = 0;
            for (SubjectAccess.Record record : found.records()) {
                pdf.subheading(record.kindLabel() + " " + record.reference()).table(List.of(
                        new PdfSummary.Row("File", fileName(++n, record)),
                        new PdfSummary.Row("Status", record.status()),
                        new PdfSummary.Row("Their part in it", String.join(", ", record.roles())),
                        new PdfSummary.Row("What is held",
                                String.join("; ", record.fields().stream().map(PersonalRecords.Field::label).distinct().toList()))));
            }
        });
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

}
