package uk.gov.council.socialgov.database;

import java.util.List;

/** One page of a list and how many there are in all, as a store answers a paged query. */
public record Page<T>(List<T> items, long total) {
}
