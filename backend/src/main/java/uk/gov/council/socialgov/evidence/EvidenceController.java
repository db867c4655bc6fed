package uk.gov.council.socialgov.evidence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.cases.Uploads;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.web.Downloads;

import java.net.URI;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@Controller("/api/cases/{type}/{id}/evidence")
@Tag(name = "Evidence")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class EvidenceController {

    @Serdeable
    record Gallery(List<EvidenceItem> items, boolean mayAdd, List<Choice> platforms) {
    }

    @Serdeable
    record Choice(String value, String label) {
    }

    @Serdeable
    record Custody(List<CustodyEntry> entries) {
    }

    @Serdeable
    record CustodyEntry(Instant occurredAt, String actor, @Nullable String actorName, String action, String actionLabel,
                        @Nullable String detail) {
    }

    private static final Map<String, String> ACTIONS = Map.of(
            "CASE_VIEWED", "Case opened",
            "EVIDENCE_VIEWED", "Evidence looked at",
            "EVIDENCE_ADDED", "Post kept",
            "EVIDENCE_FILE_ADDED", "File added to a post",
            "EVIDENCE_SEALED", "Post sealed",
            "EVIDENCE_FILE_DOWNLOADED", "File opened or downloaded",
            "EVIDENCE_VERIFIED", "Evidence checked against its hashes",
            "EVIDENCE_BUNDLE_EXPORTED", "Evidence bundle exported",
            "EVIDENCE_DESTROYED", "Evidence destroyed at the end of retention");

    private final Evidence evidence;
    private final Directory directory;

    EvidenceController(Evidence evidence, Directory directory) {
        this.evidence = evidence;
        this.directory = directory;
    }

    @Get
    @Operation(summary = "The posts retained on a case, with their hashes; every look is logged in the chain of custody")
    Gallery list(@PathVariable String type, @PathVariable String id, Authentication authentication) {
        List<EvidenceItem> items = evidence.list(type, id, CurrentUser.of(authentication));
        return new Gallery(items, evidence.mayAdd(type, id),
                Arrays.stream(Platform.values()).map(p -> new Choice(p.name(), p.label())).toList());
    }

    @Post
    @Operation(summary = "Keep a post as evidence: its details first, then its files, then seal it")
    HttpResponse<EvidenceItem> add(@PathVariable String type, @PathVariable String id, @Body @Valid NewPost post,
                                   Authentication authentication) {
        EvidenceItem item = evidence.add(type, id, post, CurrentUser.of(authentication));
        return HttpResponse.created(item, URI.create("/api/cases/" + type + "/" + id + "/evidence/" + item.id()));
    }

    @Post(value = "/{itemId}/files", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Add a screenshot (PNG or JPEG) or PDF to a post not yet sealed; its type is checked from its content")
    HttpResponse<EvidenceItem.File> addFile(@PathVariable String type, @PathVariable String id, @PathVariable UUID itemId,
                                            @Part("file") @Nullable CompletedFileUpload file, Authentication authentication) {
        EvidenceItem.File added = evidence.addFile(type, id, itemId, file == null ? null : file.getFilename(),
                Uploads.read(file, evidence.maxFileBytes()), CurrentUser.of(authentication));
        return HttpResponse.created(added, URI.create("/api/cases/" + type + "/" + id + "/evidence/" + itemId + "/files/" + added.id()));
    }

    @Post("/{itemId}/seal")
    @Operation(summary = "Seal a post: the server hashes the whole record, and from then on it cannot change")
    EvidenceItem seal(@PathVariable String type, @PathVariable String id, @PathVariable UUID itemId, Authentication authentication) {
        return evidence.seal(type, id, itemId, CurrentUser.of(authentication));
    }

    @Get(value = "/{itemId}/files/{fileId}", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Open or download one file of a post; every download is logged")
    HttpResponse<byte[]> file(@PathVariable String type, @PathVariable String id, @PathVariable UUID itemId, @PathVariable UUID fileId,
                              Authentication authentication) {
        Evidence.Download download = evidence.file(type, id, itemId, fileId, CurrentUser.of(authentication));
        return Downloads.attachment(HttpResponse.ok(download.content()), download.file().mediaType(), download.file().fileName());
    }

    @Get("/verification")
    @Operation(summary = "Recompute the SHA-256 of every record and file and say whether each still matches")
    Evidence.Verification verify(@PathVariable String type, @PathVariable String id, Authentication authentication) {
        return evidence.verify(type, id, CurrentUser.of(authentication));
    }

    @Get(value = "/bundle", produces = "application/zip")
    @Operation(summary = "The evidence bundle for a hearing: a PDF summary, the records, the files and a manifest of their hashes")
    HttpResponse<StreamedFile> bundle(@PathVariable String type, @PathVariable String id, Authentication authentication) {
        BundleFile bundle = evidence.bundle(type, id, CurrentUser.of(authentication));
        return Downloads.attachment(HttpResponse.ok(new StreamedFile(bundle.openDeletingOnClose(), MediaType.of("application/zip"))),
                "application/zip", "evidence-" + id + ".zip");
    }

    @Get("/custody")
    @Operation(summary = "The chain of custody: every time the evidence was kept, looked at, checked, exported or destroyed")
    Custody custody(@PathVariable String type, @PathVariable String id, Authentication authentication) {
        var entries = evidence.custody(type, id, CurrentUser.of(authentication));
        Map<String, String> names = directory.displayNames(entries.stream().map(e -> e.actor()).distinct().toList());
        return new Custody(entries.stream().map(entry -> new CustodyEntry(entry.occurredAt(), entry.actor(), names.get(entry.actor()),
                entry.action(), ACTIONS.getOrDefault(entry.action(), entry.action()), entry.detail())).toList());
    }

}
