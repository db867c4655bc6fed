package uk.gov.council.socialgov.accounts;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.registry.AccountRequestCounts;

import java.util.LinkedHashMap;
import java.util.Map;

/** Account requests by status, for the communications team's overview of the registry. */
@Singleton
class RequestCountsByStatus implements AccountRequestCounts {

    private final AccountRequestStore requests;

    RequestCountsByStatus(AccountRequestStore requests) {
        this.requests = requests;
    }

    @Override
    public Map<String, Long> byStatus() {
        Map<AccountRequestStatus, Long> counted = requests.countsByStatus();
        Map<String, Long> byStatus = new LinkedHashMap<>();
        for (AccountRequestStatus status : AccountRequestStatus.values()) {
            byStatus.put(status.name(), counted.getOrDefault(status, 0L));
        }
        return byStatus;
    }
}
