package uk.gov.council.socialgov.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.Groups;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Controller
@Tag(name = "Notifications")
@ExecuteOn(TaskExecutors.BLOCKING)
class NotificationController {

    @Serdeable
    record MyMessage(UUID id, NotificationKind kind, String subject, String text, @Nullable String link, Instant createdAt,
                     String status, @Nullable Instant sentAt) {
    }

    @Serdeable
    record MyMessages(List<MyMessage> items, int page, int size, long total) {
    }

    /** What administrators see of the outbox: delivery, never the words (they may carry case content). */
    @Serdeable
    record Delivery(UUID id, String recipient, @Nullable String email, NotificationKind kind, Instant createdAt, String status,
                    int attempts, Instant nextAttemptAt, @Nullable String lastError, @Nullable Instant sentAt) {
    }

    @Serdeable
    record Deliveries(List<Delivery> items, int page, int size, long total, boolean emailEnabled) {
    }

    @Serdeable
    record Settings(boolean dailyDigest, @Nullable String email, boolean emailEnabled) {
    }

    @Serdeable
    record SettingsChange(@NotNull(message = "Choose how often you want emails") Boolean dailyDigest) {
    }

    private final NotificationStore store;
    private final Directory directory;
    private final MailProperties mail;
    private final AuditTrail audit;

    NotificationController(NotificationStore store, Directory directory, MailProperties mail, AuditTrail audit) {
        this.store = store;
        this.directory = directory;
        this.mail = mail;
        this.audit = audit;
    }

    @Get("/api/me/notifications")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional
    @Operation(summary = "Messages sent to me, or that would have been sent with email switched off, newest first")
    MyMessages mine(@QueryValue(defaultValue = "0") @Min(value = 0, message = "Page must be 0 or more") @Max(value = 10_000, message = "Page must be 10,000 or less") int page,
                    @QueryValue(defaultValue = "20") @Min(value = 1, message = "Size must be between 1 and 100")
                    @Max(value = 100, message = "Size must be between 1 and 100") int size,
                    Authentication authentication) {
        String me = CurrentUser.of(authentication).username();
        return new MyMessages(store.pageFor(me, page * size, size).stream()
                .map(n -> new MyMessage(n.id(), n.kind(), n.subject(), n.textBody(), n.link(), n.createdAt(), n.status(), n.sentAt()))
                .toList(), page, size, store.countFor(me));
    }

    @Get("/api/notifications")
    @Secured(Groups.ADMINS)
    @Transactional
    @Operation(summary = "The outbox for administrators: who was sent what kind of message, and whether it went; no message text")
    Deliveries outbox(@QueryValue(defaultValue = "0") @Min(value = 0, message = "Page must be 0 or more") @Max(value = 10_000, message = "Page must be 10,000 or less") int page,
                      @QueryValue(defaultValue = "50") @Min(value = 1, message = "Size must be between 1 and 200")
                      @Max(value = 200, message = "Size must be between 1 and 200") int size) {
        return new Deliveries(store.page(page * size, size).stream()
                .map(n -> new Delivery(n.id(), n.recipient(), n.email(), n.kind(), n.createdAt(), n.status(), n.attempts(),
                        n.nextAttemptAt(), n.lastError(), n.sentAt()))
                .toList(), page, size, store.count(), mail.enabled());
    }

    @Get("/api/me/notification-settings")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional
    @Operation(summary = "Whether I get each email as it happens or one daily digest, and the address they go to")
    Settings settings(Authentication authentication) {
        return settingsOf(CurrentUser.of(authentication).username());
    }

    @Put("/api/me/notification-settings")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Transactional
    @Operation(summary = "Choose each email as it happens (dailyDigest false) or one email each morning (true)")
    Settings change(@Body @Valid SettingsChange change, Authentication authentication) {
        String me = CurrentUser.of(authentication).username();
        boolean dailyDigest = change.dailyDigest();
        store.setDigest(me, dailyDigest);
        audit.record(AuditEvent.of("NOTIFICATION_SETTINGS_CHANGED", dailyDigest ? "daily digest" : "each email as it happens"));
        return settingsOf(me);
    }

    private Settings settingsOf(String username) {
        return new Settings(store.prefersDigest(username), directory.find(username).map(Directory.Person::email).orElse(null),
                mail.enabled());
    }
}
