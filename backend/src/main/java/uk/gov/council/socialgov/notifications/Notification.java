package uk.gov.council.socialgov.notifications;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.Instant;
import java.util.UUID;

/** One message as the outbox holds it. */
@Serdeable
record Notification(UUID id, String recipient, @Nullable String email, NotificationKind kind, String subject,
                    String textBody, String htmlBody, @Nullable String link, Instant createdAt, String status,
                    int attempts, Instant nextAttemptAt, @Nullable String lastError, @Nullable Instant sentAt) {
}
