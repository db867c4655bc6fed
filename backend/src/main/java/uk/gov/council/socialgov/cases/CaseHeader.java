package uk.gov.council.socialgov.cases;

import java.time.Instant;

/** What the top of every case page shows. */
public record CaseHeader(String id, String reference, String title, String status, String statusLabel,
                         Instant openedAt, String openedBy) {
}
