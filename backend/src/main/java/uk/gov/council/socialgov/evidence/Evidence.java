package uk.gov.council.socialgov.evidence;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.audit.CaseHistory;
import uk.gov.council.socialgov.cases.CaseAccess;
import uk.gov.council.socialgov.cases.CaseHeader;
import uk.gov.council.socialgov.cases.SafeFileName;
import uk.gov.council.socialgov.cases.UploadedFileType;
import uk.gov.council.socialgov.cases.Uploads;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.ForbiddenException;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.web.WebAddress;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.security.DigestOutputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Keeps, shows, checks and exports the posts retained on a case, for anyone who may read that
 * case. Every look at the evidence is written to the audit trail, which is its chain of custody.
 */
@Singleton
public class Evidence {

    @Serdeable
    public record Verification(Instant checkedAt, boolean intact, List<ItemCheck> items) {
    }

    /** {@code recordIntact} and each file's {@code intact} are null once the content has been destroyed. */
    @Serdeable
    public record ItemCheck(UUID id, int number, @Nullable Boolean recordIntact, List<FileCheck> files) {
    }

    @Serdeable
    public record FileCheck(UUID id, @Nullable Boolean intact) {
    }

    /** What disposal destroyed, and the hashes that prove what was held. */
    public record Destroyed(int items, int files, String manifest) {
    }

    record Download(EvidenceItem.File file, byte[] content) {
    }

    private final EvidenceStore store;
    private final CaseAccess cases;
    private final AuditTrail audit;
    private final CaseHistory history;
    private final Directory directory;
    private final long maxFileBytes;
    private final int maxPostsPerCase;
    private final int maxFilesPerCase;

    @SuppressWarnings("java:S107") // the limits are settings beside the collaborators
    Evidence(EvidenceStore store, CaseAccess cases, AuditTrail audit, CaseHistory history, Directory directory,
             @Value("${socialgov.evidence.max-file-bytes:10485760}") long maxFileBytes,
             @Value("${socialgov.evidence.max-posts-per-case:100}") int maxPostsPerCase,
             @Value("${socialgov.evidence.max-files-per-case:300}") int maxFilesPerCase) {
        this.maxPostsPerCase = maxPostsPerCase;
        this.maxFilesPerCase = maxFilesPerCase;
        this.store = store;
        this.cases = cases;
        this.audit = audit;
        this.history = history;
        this.directory = directory;
        this.maxFileBytes = maxFileBytes;
    }

    long maxFileBytes() {
        return maxFileBytes;
    }

    @Transactional
    public List<EvidenceItem> list(String type, String id, CurrentUser user) {
        CaseHeader header = cases.readable(type, id, user);
        List<EvidenceItem> items = named(store.items(type, id));
        audit.record(AuditEvent.onCase("EVIDENCE_VIEWED", type, id, header.reference(), items.size() + " posts listed"));
        return items;
    }

    @Transactional
    boolean mayAdd(String type, String id) {
        return cases.acceptsEvidence(type, id);
    }

    @Transactional
    public EvidenceItem add(String type, String id, NewPost post, CurrentUser user) {
        CaseHeader header = cases.readable(type, id, user);
        requireOpen(type, id);
        List<FieldError> errors = new ArrayList<>();
        Platform platform = Arrays.stream(Platform.values()).filter(p -> p.name().equals(post.platform())).findFirst().orElse(null);
        if (platform == null) {
            errors.add(new FieldError("platform", "Select the platform"));
        }
        String url = post.url() == null || post.url().isBlank() ? null : post.url().strip();
        if (url != null && !WebAddress.isWeb(url)) {
            errors.add(new FieldError("url", "Enter the address of the post, starting https:// or http://"));
        }
        Instant postedAt = postedAt(post.postedAt(), errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (store.kept(type, id).posts() >= maxPostsPerCase) {
            throw new ConflictException(header.reference() + " already keeps " + maxPostsPerCase
                    + " posts, the most one case may keep. Keep fewer, or ask the Information Manager to raise the limit.");
        }
        String text = post.text() == null || post.text().isBlank() ? null : post.text().strip();
        EvidenceItem item = store.addDraft(type, id, platform, url, post.authorHandle().strip(), postedAt, text, user.username(),
                EngineClock.now().truncatedTo(ChronoUnit.MICROS));
        audit.record(AuditEvent.onCase("EVIDENCE_ADDED", type, id, header.reference(), "Post " + item.number() + " on "
                + platform.label()));
        return named(List.of(item)).get(0);
    }

    @Transactional
    public EvidenceItem.File addFile(String type, String id, UUID itemId, @Nullable String fileName, @Nullable byte[] content,
                              CurrentUser user) {
        CaseHeader header = cases.readable(type, id, user);
        EvidenceItem item = draftOf(type, id, itemId, user);
        List<FieldError> errors = new ArrayList<>();
        UploadedFileType fileType = Uploads.check(content, maxFileBytes, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        if (store.kept(type, id).files() >= maxFilesPerCase) {
            throw new ConflictException(header.reference() + " already keeps " + maxFilesPerCase
                    + " files, the most one case may keep. Keep fewer, or ask the Information Manager to raise the limit.");
        }
        var file = new EvidenceItem.File(UUID.randomUUID(), SafeFileName.of(fileName, fileType), fileType.mediaType(), content.length,
                Uploads.sha256(content));
        store.addFile(item.id(), file, content, EngineClock.now());
        audit.record(AuditEvent.onCase("EVIDENCE_FILE_ADDED", type, id, header.reference(),
                "Post " + item.number() + ": file " + file.id() + " (SHA-256 " + file.sha256() + ")"));
        return file;
    }

    @Transactional
    public EvidenceItem seal(String type, String id, UUID itemId, CurrentUser user) {
        CaseHeader header = cases.readable(type, id, user);
        EvidenceItem item = draftOf(type, id, itemId, user);
        String recordSha256 = RecordHash.of(type, id, item);
        store.seal(item.id(), recordSha256, EngineClock.now());
        audit.record(AuditEvent.onCase("EVIDENCE_SEALED", type, id, header.reference(),
                "Post " + item.number() + " sealed with " + item.files().size() + " files (record SHA-256 " + recordSha256 + ")"));
        return named(List.of(store.item(type, id, itemId).orElseThrow())).get(0);
    }

    @Transactional
    Download file(String type, String id, UUID itemId, UUID fileId, CurrentUser user) {
        CaseHeader header = cases.readable(type, id, user);
        EvidenceItem item = store.item(type, id, itemId).orElseThrow(() -> new NotFoundException("There is no post " + itemId + " on this case"));
        EvidenceStore.Content found = store.contents(item.id(), fileId).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("There is no file " + fileId + " on this post"));
        if (found.bytes() == null) {
            throw new NotFoundException("This file was destroyed at the end of its retention period");
        }
        audit.record(AuditEvent.onCase("EVIDENCE_FILE_DOWNLOADED", type, id, header.reference(),
                "Post " + item.number() + ": file " + found.file().id() + " (SHA-256 " + found.file().sha256() + ")"));
        return new Download(found.file(), found.bytes());
    }

    /** Recomputes every hash from what is stored now and compares it with the hash taken when the evidence was kept. */
    @Transactional
    public Verification verify(String type, String id, CurrentUser user) {
        CaseHeader header = cases.readable(type, id, user);
        Verification verification = check(type, id);
        audit.record(AuditEvent.onCase("EVIDENCE_VERIFIED", type, id, header.reference(),
                verification.intact() ? "All evidence matches its hashes" : "Evidence does not match its hashes"));
        return verification;
    }

    /** Recomputes every hash, reading one file's bytes at a time. */
    Verification check(String type, String id) {
        List<ItemCheck> checks = new ArrayList<>();
        for (EvidenceItem item : store.items(type, id)) {
            List<FileCheck> files = item.files().stream().map(file -> {
                byte[] content = bytes(item.id(), file.id());
                return new FileCheck(file.id(), content == null ? null : Uploads.sha256(content).equals(file.sha256()));
            }).toList();
            Boolean recordIntact = item.disposed() || !item.sealed() ? null : RecordHash.of(type, id, item).equals(item.recordSha256());
            checks.add(new ItemCheck(item.id(), item.number(), recordIntact, files));
        }
        boolean intact = checks.stream().allMatch(check -> !Boolean.FALSE.equals(check.recordIntact())
                && check.files().stream().noneMatch(file -> Boolean.FALSE.equals(file.intact())));
        return new Verification(EngineClock.now(), intact, checks);
    }

    /**
     * Writes the hearing bundle to a temporary file readable only by this application, reading one
     * file's bytes at a time, so a case's evidence is never held in memory at once; the caller streams
     * it out and deletes it ({@link BundleFile}).
     */
    @Transactional
    BundleFile bundle(String type, String id, CurrentUser user) {
        CaseHeader header = cases.readable(type, id, user);
        List<EvidenceBundle.Post> posts = named(store.items(type, id)).stream().filter(EvidenceItem::sealed)
                .map(item -> new EvidenceBundle.Post(item, RecordHash.canonical(type, id, item)))
                .toList();
        BundleFile file = BundleFile.create();
        try (var out = new DigestOutputStream(new BufferedOutputStream(Files.newOutputStream(file.path())), Uploads.sha256Digest())) {
            EvidenceBundle.write(out, header, posts, this::bytes, check(type, id), user, custody(type, id));
            out.flush();
            audit.record(AuditEvent.onCase("EVIDENCE_BUNDLE_EXPORTED", type, id, header.reference(),
                    posts.size() + " sealed posts, SHA-256 of the bundle " + HexFormat.of().formatHex(out.getMessageDigest().digest())));
            return file;
        } catch (IOException | RuntimeException e) {
            file.delete();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
    }

    private byte[] bytes(UUID itemId, UUID fileId) {
        return store.contents(itemId, fileId).stream().findFirst().map(EvidenceStore.Content::bytes).orElse(null);
    }

    /** The chain of custody: every time anyone kept, looked at, checked, exported or destroyed the case's evidence. */
    @Transactional
    List<CaseHistory.Entry> custody(String type, String id, CurrentUser user) {
        cases.readable(type, id, user);
        return custody(type, id);
    }

    private List<CaseHistory.Entry> custody(String type, String id) {
        return history.evidence(type, id);
    }

    /** At the end of retention: the content goes, the hashes and dates stay. */
    @Transactional
    public Destroyed destroy(String type, String id, String reference, String authorisedBy) {
        List<EvidenceItem> items = store.items(type, id);
        StringBuilder manifest = new StringBuilder();
        int files = 0;
        for (EvidenceItem item : items) {
            manifest.append("post ").append(item.number()).append(" record ")
                    .append(item.recordSha256() == null ? "(never sealed)" : item.recordSha256()).append('\n');
            for (EvidenceItem.File file : item.files()) {
                manifest.append("post ").append(item.number()).append(" file ").append(file.sha256()).append(' ')
                        .append(file.size()).append(' ').append(file.mediaType()).append('\n');
                files++;
            }
        }
        store.destroyContent(type, id, EngineClock.now());
        audit.record(AuditEvent.onCase("EVIDENCE_DESTROYED", type, id, reference,
                items.size() + " posts and " + files + " files destroyed at the end of retention"), authorisedBy, null);
        return new Destroyed(items.size(), files, manifest.toString());
    }

    private EvidenceItem draftOf(String type, String id, UUID itemId, CurrentUser user) {
        EvidenceItem item = store.item(type, id, itemId).orElseThrow(() -> new NotFoundException("There is no post " + itemId + " on this case"));
        if (!item.capturedBy().equals(user.username())) {
            throw new ForbiddenException("Only the person who kept this post can add to it or seal it.");
        }
        if (item.sealed()) {
            throw new ConflictException("Post " + item.number() + " is sealed: it cannot be changed. Keep the post again as a new record.");
        }
        requireOpen(type, id);
        return item;
    }

    private void requireOpen(String type, String id) {
        if (!cases.acceptsEvidence(type, id)) {
            throw new ConflictException("This case is closed: no more evidence can be kept on it.");
        }
    }

    private List<EvidenceItem> named(List<EvidenceItem> items) {
        Map<String, String> names = directory.displayNames(items.stream().map(EvidenceItem::capturedBy).distinct().toList());
        return items.stream().map(item -> item.withFiles(item.files(), names.get(item.capturedBy()))).toList();
    }

    /** A date and time typed in UK local time, not in the future; none is allowed (not always known). */
    private static @Nullable Instant postedAt(@Nullable String typed, List<FieldError> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            Instant at = LocalDateTime.parse(typed.strip()).atZone(EngineClock.UK).toInstant();
            if (at.isAfter(EngineClock.now())) {
                errors.add(new FieldError("postedAt", "When it was posted must be in the past"));
            }
            return at.truncatedTo(ChronoUnit.MICROS);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError("postedAt", "Enter when it was posted as a real date and time"));
            return null;
        }
    }
}
