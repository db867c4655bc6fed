package uk.gov.council.socialgov.registry;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.cases.PersonalRecords;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/** What the account registry holds about a person: the accounts they own and the periods in which they could post from one. */
@Singleton
class RegistryRecords implements PersonalRecords {

    static final String KIND = "registered-account";

    private final RegistryRecordsStore store;

    RegistryRecords(RegistryRecordsStore store) {
        this.store = store;
    }

    @Override
    public List<Held> about(Sought person) {
        Map<UUID, List<RegistryRecordsStore.Part>> byAccount = new LinkedHashMap<>();
        store.about(person.username()).forEach(part -> byAccount.computeIfAbsent(part.accountId(), id -> new ArrayList<>()).add(part));
        List<Held> held = new ArrayList<>();
        byAccount.forEach((id, parts) -> {
            RegistryRecordsStore.Part account = parts.get(0);
            Finding finding = new Finding(person, KIND, "Registered account", id.toString(),
                    account.handle() + " on " + account.platform().label(), status(account.status()))
                    .person("Owner", "Answers for " + account.name(), account.owner());
            parts.stream().filter(part -> part.from() != null).forEach(part -> finding
                    .person("Authorised user", "Could post from " + account.name(), person.username())
                    .detail("From", EngineClock.ukDate(part.from()) + (part.to() == null ? ", still" : " to " + EngineClock.ukDate(part.to())))
                    .detail("Why", part.reason())
                    .detail("Why it ended", part.endReason()));
            finding.involving(person.username());
            finding.held().ifPresent(held::add);
        });
        return held;
    }

    private static String status(String status) {
        return status.charAt(0) + status.substring(1).toLowerCase(Locale.UK).replace('_', ' ');
    }
}
