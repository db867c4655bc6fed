package uk.gov.council.socialgov.investigations;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The case's rows and the engine's share one transaction: a fault after both the domain write and
 * the engine command leaves neither, and an engine command that fails takes the domain write with it.
 */
@MicronautTest(transactional = false)
class SharedTransactionIntegrationTest {

    @Inject Investigations investigations;
    @Inject BreachCaseStore store;
    @Inject RuntimeService runtime;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    private final CurrentUser sam = new CurrentUser("sam.patel", "Sam Patel", Set.of("staff"));

    @Test
    void aFaultAfterTheDomainWriteAndTheEngineCommandLeavesNeither() {
        List<Long> before = everything();

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            BreachCase reported = investigations.report(new ReportBreach("EMPLOYEE", "jo.evans", List.of("B1.4-abuse"),
                    "Threats to a resident", List.of()), sam, null);
            assertThat(reported.processInstanceId()).isNotNull(); // both the row and the process exist here
            throw new IllegalStateException("fault injected after the engine command");
        })).hasMessageContaining("fault injected");

        assertThat(everything()).isEqualTo(before);
    }

    @Test
    void anEngineCommandThatFailsTakesTheDomainWriteWithIt() {
        List<Long> before = everything();
        UUID id = UUID.randomUUID();

        assertThatThrownBy(() -> transactions.executeWrite(status -> {
            store.insert(BreachCase.reported(id, "BI-TEST-0001", new BreachCase.Reported(SubjectKind.EMPLOYEE, "jo.evans", "tom.hughes",
                    List.of("B1.4-abuse"), "Threats", List.of(), "sam.patel", EngineClock.now())));
            return runtime.startProcessInstanceByKey("no-such-process");
        })).isInstanceOf(ProcessEngineException.class).hasMessageContaining("no-such-process");

        assertThat(everything()).isEqualTo(before);
    }

    /** Breach cases, exclusions, process instances, emails and audit rows. */
    private List<Long> everything() {
        return List.of(count("select count(*) from breach_case"), count("select count(*) from case_exclusion"),
                runtime.createProcessInstanceQuery().processDefinitionKey("breach-investigation").count(),
                count("select count(*) from notification"), count("select count(*) from audit_event"));
    }

    private long count(String sql) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, s -> {
            try (ResultSet row = s.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }));
    }
}
