package uk.gov.council.socialgov.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.web.InvalidRequestException;

import uk.gov.council.socialgov.workflow.EngineClock;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

import static uk.gov.council.socialgov.web.SpreadsheetCells.cell;

/** Internal audit searches and exports the trail, and checks that nobody has altered it. */
@Controller("/api/audit")
@Tag(name = "Audit")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    static final int EXPORT_LIMIT = 100_000;
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Serdeable
    record AuditPage(List<AuditRecord> items, int page, int size, long total) {
    }

    private final AuditStore store;
    private final AuditVerifier verifier;
    private final AuditTrail trail;

    AuditController(AuditStore store, AuditVerifier verifier, AuditTrail trail) {
        this.store = store;
        this.verifier = verifier;
        this.trail = trail;
    }

    @Get
    @Secured(Groups.AUDITORS)
    @Transactional
    @Operation(summary = "Search the audit trail by person, case reference and dates (UK dates, inclusive), newest first")
    AuditPage search(@QueryValue @Nullable @Size(max = 64, message = "Person must be 64 characters or fewer") String person,
                     @QueryValue @Nullable @Size(max = 40, message = "Case reference must be 40 characters or fewer") String caseReference,
                     @QueryValue @Nullable @Pattern(regexp = DATE, message = "Enter the from date as a real date") String from,
                     @QueryValue @Nullable @Pattern(regexp = DATE, message = "Enter the to date as a real date") String to,
                     @QueryValue(defaultValue = "0") @Min(value = 0, message = "Page must be 0 or more") @Max(value = 10_000, message = "Page must be 10,000 or less") int page,
                     @QueryValue(defaultValue = "50") @Min(value = 1, message = "Size must be between 1 and 200")
                     @Max(value = 200, message = "Size must be between 1 and 200") int size,
                     Authentication authentication) {
        AuditStore.Filter filter = filter(authentication, person, caseReference, from, to);
        trail.record(AuditEvent.of("AUDIT_SEARCHED", describe(filter)));
        return new AuditPage(store.find(filter, page * size, size), page, size, store.count(filter));
    }

    @Get(value = "/export.csv", produces = "text/csv")
    @Secured(Groups.AUDITORS)
    @Transactional
    @Operation(summary = "The same search as CSV (at most 100,000 rows)")
    HttpResponse<String> export(@QueryValue @Nullable @Size(max = 64, message = "Person must be 64 characters or fewer") String person,
                                @QueryValue @Nullable @Size(max = 40, message = "Case reference must be 40 characters or fewer") String caseReference,
                                @QueryValue @Nullable @Pattern(regexp = DATE, message = "Enter the from date as a real date") String from,
                                @QueryValue @Nullable @Pattern(regexp = DATE, message = "Enter the to date as a real date") String to,
                                Authentication authentication) {
        AuditStore.Filter filter = filter(authentication, person, caseReference, from, to);
        trail.record(AuditEvent.of("AUDIT_EXPORTED", describe(filter)));
        StringWriter csv = new StringWriter();
        try (CSVPrinter printer = CSVFormat.DEFAULT.builder()
                .setHeader("id", "occurred_at", "actor", "on_behalf_of", "action", "case_type", "case_id",
                        "case_reference", "detail", "source_address", "previous_hash", "row_hash").get().print(csv)) {
            for (AuditRecord r : store.find(filter, 0, EXPORT_LIMIT)) {
                printer.printRecord(r.id(), r.occurredAt(), cell(r.actor()), cell(r.onBehalfOf()), r.action(),
                        cell(r.caseType()), cell(r.caseId()), cell(r.caseReference()), cell(r.detail()),
                        cell(r.sourceAddress()), r.previousHash(), r.rowHash());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return HttpResponse.ok(csv.toString())
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"audit-trail.csv\"");
    }

    @Get("/verification")
    @Secured({Groups.AUDITORS, Groups.ADMINS})
    @Operation(summary = "Check every row's keyed hash and link, and the chain against the checkpoints kept outside the database; reports the first problem")
    AuditVerifier.Verification verify() {
        return verifier.verify();
    }

    private static AuditStore.Filter filter(Authentication viewer, String person, String caseReference, String from, String to) {
        Instant start = from == null ? null : startOfDay(from, "from");
        Instant end = to == null ? null : startOfDay(to, "to").atZone(EngineClock.UK).plusDays(1).toInstant();
        if (start != null && end != null && !start.isBefore(end)) {
            throw new InvalidRequestException("to", "The to date must be the same as or after the from date");
        }
        return new AuditStore.Filter(viewer.getName(), blankToNull(person), blankToNull(caseReference), start, end);
    }

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private static Instant startOfDay(String date, String field) {
        try {
            return LocalDate.parse(date).atStartOfDay(EngineClock.UK).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException(field, "Enter the " + field + " date as a real date");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * The filters as identifiers only (decision 0028): a person or case reference that is not shaped
     * like a username or reference may be someone's free text, so only the fact that it was given is kept.
     */
    static String describe(AuditStore.Filter filter) {
        return "person=" + identifier(filter.person()) + ", case=" + identifier(filter.caseReference()) + ", from=" + filter.from()
                + ", to=" + filter.to();
    }

    private static String identifier(String value) {
        if (value == null) {
            return null;
        }
        return IDENTIFIER.matcher(value).matches() ? value : "(other text, not recorded)";
    }
}
