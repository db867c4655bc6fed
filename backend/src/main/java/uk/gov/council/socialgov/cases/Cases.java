package uk.gov.council.socialgov.cases;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.audit.CaseHistory;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.tasks.CaseTasks;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The shared parts of every case page, behind the owning feature's check of who may read the case. */
@Singleton
class Cases {

    static final long MAX_DOCUMENT_BYTES = 10L * 1024 * 1024;
    static final int MAX_DESCRIPTION = 500;

    private final Map<String, CaseType> types;
    private final CaseTasks tasks;
    private final CaseHistory history;
    private final CaseDocumentStore documents;
    private final Directory directory;
    private final AuditTrail audit;
    private final CaseHolds holds;

    Cases(List<CaseType> types, CaseTasks tasks, CaseHistory history, CaseDocumentStore documents, Directory directory,
          AuditTrail audit, CaseHolds holds) {
        this.types = types.stream().collect(Collectors.toMap(CaseType::name, Function.identity()));
        this.tasks = tasks;
        this.history = history;
        this.documents = documents;
        this.directory = directory;
        this.audit = audit;
        this.holds = holds;
    }

    @Transactional
    CaseOverview overview(String type, String id, CurrentUser user) {
        CaseHeader header = readable(type, id, user);
        List<CaseHistory.Entry> entries = history.of(type, id);
        List<CaseDocumentStore.Stored> stored = documents.of(type, id);
        Map<String, String> names = directory.displayNames(Stream.of(
                Stream.of(header.openedBy()),
                entries.stream().flatMap(entry -> Stream.of(entry.actor(), entry.onBehalfOf())).filter(Objects::nonNull),
                stored.stream().map(CaseDocumentStore.Stored::uploadedBy)).flatMap(Function.identity()).distinct().toList());
        audit.record(AuditEvent.onCase("CASE_VIEWED", type, id, header.reference(), null));
        return new CaseOverview(type, id, header.reference(), header.title(), header.status(), header.statusLabel(),
                header.openedAt(), header.openedBy(), names.get(header.openedBy()),
                tasks.of(type, id, user),
                entries.stream().map(entry -> new CaseOverview.TimelineEntry(entry.occurredAt(), entry.actor(),
                        names.get(entry.actor()), entry.onBehalfOf(),
                        entry.onBehalfOf() == null ? null : names.get(entry.onBehalfOf()), entry.action(), entry.detail())).toList(),
                stored.stream().map(document -> view(document, names.get(document.uploadedBy()))).toList(),
                acceptsRecords(type, id));
    }

    @Transactional
    CaseDocument addDocument(String type, String id, @Nullable String fileName, @Nullable byte[] content,
                             @Nullable String description, CurrentUser user) {
        CaseHeader header = readable(type, id, user);
        if (!acceptsRecords(type, id)) {
            throw new ConflictException("This case is closed: documents can no longer be added to it unless a legal hold is placed on it.");
        }
        List<FieldError> errors = new ArrayList<>();
        UploadedFileType fileType = Uploads.check(content, MAX_DOCUMENT_BYTES, errors);
        String note = description == null || description.isBlank() ? null : description.strip();
        if (note != null && note.length() > MAX_DESCRIPTION) {
            errors.add(new FieldError("description", "Description must be 500 characters or fewer"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        var stored = new CaseDocumentStore.Stored(UUID.randomUUID(), SafeFileName.of(fileName, fileType), fileType.mediaType(),
                content.length, Uploads.sha256(content), note, user.username(), EngineClock.now());
        documents.add(type, id, stored, content);
        audit.record(AuditEvent.onCase("CASE_DOCUMENT_ADDED", type, id, header.reference(),
                "Document " + stored.id() + " (SHA-256 " + stored.sha256() + ")"));
        return view(stored, user.displayName());
    }

    /** Every download is in the audit trail, not in the case's timeline. */
    @Transactional
    CaseDocumentStore.File document(String type, String id, UUID documentId, CurrentUser user) {
        CaseHeader header = readable(type, id, user);
        CaseDocumentStore.File file = documents.file(type, id, documentId)
                .orElseThrow(() -> new NotFoundException("There is no document " + documentId + " on this case"));
        audit.record(AuditEvent.onCase("CASE_DOCUMENT_VIEWED", type, id, header.reference(),
                "Document " + file.document().id() + " (SHA-256 " + file.document().sha256() + ")"));
        return file;
    }

    /** Whether the case still takes documents, notes and evidence: while it is open, or closed under a legal hold. */
    boolean acceptsRecords(String type, String id) {
        return type(type).map(found -> found.isOpen(id) || holds.held(type, id)).orElse(false);
    }

    Optional<CaseType> type(String name) {
        return Optional.ofNullable(types.get(name));
    }

    /** A case the person may not read is reported as missing, so its existence is not revealed. */
    CaseHeader readable(String type, String id, CurrentUser user) {
        return Optional.ofNullable(types.get(type)).flatMap(found -> found.readableBy(id, user))
                .orElseThrow(() -> new NotFoundException("There is no case " + id));
    }

    private static CaseDocument view(CaseDocumentStore.Stored document, String uploadedByName) {
        return new CaseDocument(document.id(), document.fileName(), document.mediaType(), document.size(), document.sha256(),
                document.description(), document.uploadedBy(), uploadedByName, document.uploadedAt());
    }
}
