package uk.gov.council.socialgov.registry;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RuntimeService;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.LocalDate;
import java.util.Map;

/** Starts an inactive account review for each active account silent for longer than the inactivity period (D 5.1). */
@Singleton
class InactivityReviews {

    static final String PROCESS_KEY = "account-inactivity-review";
    static final String CASE_KIND = "account";
    /** The service manager who answers for the account and explains its silence; empty when it has none. */
    static final String OWNER = "owner";

    private final AccountRegistryStore registry;
    private final RuntimeService runtime;
    private final AuditTrail audit;
    private final int inactivityMonths;

    InactivityReviews(AccountRegistryStore registry, RuntimeService runtime, AuditTrail audit,
                      @Value("${socialgov.registry.inactivity-months:1}") int inactivityMonths) {
        this.registry = registry;
        this.runtime = runtime;
        this.audit = audit;
        this.inactivityMonths = inactivityMonths;
    }

    /** Answers how many reviews it started; an account with a review already open gets no second one. */
    @Transactional
    int startDue() {
        LocalDate today = EngineClock.today();
        int started = 0;
        for (AccountRegistry.Row account : registry.inactiveSince(today.minusMonths(inactivityMonths), today)) {
            String id = account.id().toString();
            if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).processInstanceBusinessKey(id).count() > 0) {
                continue;
            }
            String title = account.name() + " on " + account.platform().label();
            runtime.startProcessInstanceByKey(PROCESS_KEY, id, Map.of(
                    CaseVariables.CASE_ID, id,
                    CaseVariables.CASE_REFERENCE, account.reference(),
                    CaseVariables.CASE_TITLE, title,
                    CaseVariables.CASE_KIND, CASE_KIND,
                    CaseVariables.INVOLVED, account.owner() == null ? "" : account.owner(), // explains, never decides
                    OWNER, account.owner() == null ? "" : account.owner()));
            audit.record(AuditEvent.onCase("ACCOUNT_INACTIVITY_REVIEW_STARTED", CASE_KIND, id, account.reference(),
                    title + ": last activity " + (account.lastActivityOn() == null ? "never recorded" : account.lastActivityOn())),
                    AuditTrail.SYSTEM, null);
            started++;
        }
        return started;
    }
}
