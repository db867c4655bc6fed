package uk.gov.council.socialgov.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.web.Downloads;

import java.net.URI;
import java.util.UUID;

@Controller("/api/cases/{type}/{id}")
@Tag(name = "Cases")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class CaseController {

    private final Cases cases;

    CaseController(Cases cases) {
        this.cases = cases;
    }

    @Get
    @Operation(summary = "A case's header, open tasks, documents and timeline, for anyone who may read the case")
    CaseOverview overview(@PathVariable String type, @PathVariable String id, Authentication authentication) {
        return cases.overview(type, id, CurrentUser.of(authentication));
    }

    @Post(value = "/documents", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Attach a PDF, PNG or JPEG (under 10 MB) to a case; its type is checked from its content")
    HttpResponse<CaseDocument> addDocument(@PathVariable String type, @PathVariable String id,
                                           @Part("file") @Nullable CompletedFileUpload file,
                                           @Part("description") @Nullable String description,
                                           Authentication authentication) {
        CaseDocument added = cases.addDocument(type, id, file == null ? null : file.getFilename(),
                Uploads.read(file, Cases.MAX_DOCUMENT_BYTES), description,
                CurrentUser.of(authentication));
        return HttpResponse.created(added, URI.create("/api/cases/" + type + "/" + id + "/documents/" + added.id()));
    }

    @Get(value = "/documents/{documentId}", produces = MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download a document attached to a case; every download is audited")
    HttpResponse<byte[]> document(@PathVariable String type, @PathVariable String id, @PathVariable UUID documentId,
                                  Authentication authentication) {
        CaseDocumentStore.File file = cases.document(type, id, documentId, CurrentUser.of(authentication));
        return Downloads.attachment(HttpResponse.ok(file.content()), file.document().mediaType(), file.document().fileName());
    }
}
