package uk.gov.council.socialgov.registry;

import java.util.UUID;

/**
 * Published, inside the closing transaction, when an account closes (D 2.4), so that features
 * holding access to it (temporary access grants) can end what depended on it.
 */
public record AccountClosed(UUID accountId, String closedBy, String reason) {
}
