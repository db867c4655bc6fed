package uk.gov.council.socialgov.accounts;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.exception.NullValueException;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.registry.AccountKind;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.sql.Connection;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The domain row and the process instance it starts share one transaction: both commit, or
 * neither does. Without the engine's Micronaut transaction interceptor the engine would commit on
 * its own connection and these rollback tests would find an orphan process.
 */
@MicronautTest(transactional = false)
class AccountRequestTransactionIntegrationTest {

    @Inject AccountRequestService service;
    @Inject AccountRequestStore requests;
    @Inject RuntimeService runtime;
    @Inject TransactionOperations<Connection> transactions;

    private final CurrentUser priya = new CurrentUser("priya.shah", "Priya Shah", Set.of("staff", "service-managers"));

    @Test
    void requestAndProcessCommitTogether() {
        AccountRequest saved = service.submit(form("@CommitsTogether"), priya, null);

        assertThat(requests.findById(saved.getId())).get()
                .extracting(AccountRequest::getStatus).isEqualTo(AccountRequestStatus.SUBMITTED);
        var instance = runtime.createProcessInstanceQuery().processInstanceId(saved.getProcessInstanceId()).singleResult();
        assertThat(instance.getBusinessKey()).isEqualTo(saved.getReference());
        assertThat(runtime.getVariable(instance.getId(), CaseVariables.CASE_ID)).isEqualTo(saved.getId().toString());
    }

    @Test
    void faultAfterBothWritesLeavesNeither() {
        long requestsBefore = requests.count();
        long processesBefore = processCount();

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            service.submit(form("@RolledBack"), priya, null);
            throw new IllegalStateException("fault injected after the domain write and the engine command");
        })).hasMessageContaining("fault injected");

        assertThat(requests.count()).isEqualTo(requestsBefore);
        assertThat(processCount()).isEqualTo(processesBefore);
    }

    @Test
    void failingEngineCommandRollsBackTheDomainWrite() {
        long requestsBefore = requests.count();

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            requests.save(AccountRequest.submit("AR-TEST-1", "Building Control", AccountKind.DEPARTMENTAL, null,
                    Platform.FACEBOOK, "@BuildingControl", SampleBusinessCase.VALID, List.of("tom.hughes"),
                    "tom.hughes", null, java.time.Instant.now()));
            return runtime.startProcessInstanceByKey("no-such-process");
        })).isInstanceOf(NullValueException.class);

        assertThat(requests.count()).isEqualTo(requestsBefore);
    }

    private long processCount() {
        return runtime.createProcessInstanceQuery().processDefinitionKey(AccountRequestProcess.KEY).count();
    }

    static SubmitAccountRequest form(String name) {
        return new SubmitAccountRequest("Economic Development", "DEPARTMENTAL", null, "LINKEDIN", name,
                SampleBusinessCase.VALID, List.of("priya.shah"));
    }
}
