package uk.gov.council.socialgov.registry;

import java.util.Map;

/**
 * Account requests by status for the communications team's overview, given by the requests feature
 * (which depends on the registry, so the registry asks through this).
 */
public interface AccountRequestCounts {

    /** Status name to number of requests, in the order the overview shows them. */
    Map<String, Long> byStatus();
}
