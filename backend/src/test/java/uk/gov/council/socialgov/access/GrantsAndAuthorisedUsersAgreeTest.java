package uk.gov.council.socialgov.access;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.registry.AuthorisedUsers;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A property of the registry: after any sequence of giving access, extending it at its review, removing it, closing accounts,
 * and invoking and lifting emergencies (which suspend and resume grants),
 * the people the registry says may post from each account (periods opened by grants) are exactly
 * the holders of ACTIVE grants on ACTIVE accounts, and no grant stays ACTIVE once all its accounts
 * have closed. Sequences come from fixed seeds, so a failure
 * can be replayed; each step is checked, not only the end.
 */
@MicronautTest(transactional = false)
class GrantsAndAuthorisedUsersAgreeTest {

    /** People who sign in and whom the organisation directory gives a line manager (who endorses their requests). */
    private static final List<String> PEOPLE = List.of("sam.patel", "jo.evans", "alex.morgan", "gary.lewis", "mark.wilson",
            "fiona.campbell");

    @Inject AccessGrantService service;
    @Inject AccessGrantStore repository;
    @Inject ProcessEngine engine;
    @Inject EmergencyService emergencies;
    @Inject AuthorisedUsers authorisedUsers;
    @Inject TaskService tasks;
    @Inject IdentityService identity;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Inject EmbeddedServer server;
    @Inject JsonMapper json;

    @Test
    void theAuthorisedUsersAreAlwaysTheActiveGrantsOnActiveAccounts() {
        CurrentUser alex = new CurrentUser("alex.morgan", "Alex Morgan", Set.of("staff", "comms"));
        ApiSession comms = ApiSession.signedIn(server, json, "alex.morgan");
        List<String> kinds = new ArrayList<>();
        for (long seed : new long[] {1, 2, 3}) {
            Random random = new Random(seed);
            for (int step = 0; step < 15; step++) {
                List<AuthorisedUsers.Account> accounts = transactions.executeRead(status -> authorisedUsers.activeCorporateAccounts());
                List<UUID> open = openGrants();
                int operation = random.nextInt(14);
                String done;
                if (operation < 6 || open.isEmpty()) {
                    String person = PEOPLE.get(random.nextInt(PEOPLE.size()));
                    UUID account = accounts.get(random.nextInt(accounts.size())).id();
                    done = give(person, account) ? "give " + person + " " + account : "refused " + person + " " + account;
                } else if (operation < 9) {
                    UUID grant = open.get(random.nextInt(open.size()));
                    service.remove(grant, "Property step", alex);
                    done = "remove " + grant;
                } else if (operation >= 12) {
                    List<UUID> active = activeGrants();
                    done = active.isEmpty() ? "nothing to extend" : extend(active.get(random.nextInt(active.size())));
                } else if (operation >= 10) {
                    var inForce = emergencies.current();
                    if (inForce.active()) {
                        emergencies.lift(inForce.emergency().id(), alex);
                        done = "lift the emergency";
                    } else {
                        emergencies.invoke("Property step", alex, null);
                        done = "invoke an emergency";
                    }
                } else {
                    UUID account = accounts.get(random.nextInt(accounts.size())).id();
                    assertThat(comms.post("/api/registry/accounts/" + account + "/closure", Map.of("reason", "Property step")).status())
                            .isEqualTo(200);
                    done = "close " + account;
                }
                kinds.add(done.split(" ")[0]);
                assertThat(authorisedByGrants()).as("seed " + seed + ", step " + step + ": " + done).isEqualTo(activeGrantsOnActiveAccounts());
                assertThat(query("select g.reference from access_grant g where g.status = 'ACTIVE' and not exists (select 1 "
                        + "from access_grant_account a join social_account s on s.id = a.account_id where a.grant_id = g.id and s.status = 'ACTIVE')"))
                        .as("active grants whose every account is closed, after " + done).isEmpty();
            }
        }
        assertThat(kinds).as("the sequences exercise every kind of step").contains("give", "remove", "close", "extend", "invoke", "lift");
    }

    /** Moves the engine's clock to the grant's end date, lets its timers fire, and extends it a month at the review. */
    private String extend(UUID grantId) {
        AccessGrant grant = repository.findById(grantId).orElseThrow();
        try {
            ClockUtil.setCurrentTime(Date.from(grant.getAgreedEndDate().atTime(9, 0, 1).atZone(EngineClock.UK).toInstant()));
            for (int round = 0; round < 2; round++) {
                engine.getManagementService().createJobQuery().processInstanceId(grant.getProcessInstanceId()).executable().list()
                        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
            }
            complete(grant, "alex.morgan", "comms", Map.of("review", "extend", "newEndDate",
                    EngineClock.today().plusMonths(1).toString(), "reason", "Property step"));
        } finally {
            ClockUtil.reset();
        }
        return "extend " + grantId;
    }

    private List<UUID> activeGrants() {
        return query("select id from access_grant where status = 'ACTIVE' order by reference").stream().map(UUID::fromString).toList();
    }

    /** Asks for access and takes it through endorsement, approval, signing and provisioning; false when the request is refused. */
    private boolean give(String person, UUID account) {
        AccessGrant grant;
        try {
            grant = service.request(new RequestAccess(null, List.of(account), "Property step", "Property step",
                    EngineClock.today().plusMonths(2).toString()), new CurrentUser(person, person, Set.of("staff")), null);
        } catch (InvalidRequestException alreadyAsked) {
            assertThat(alreadyAsked.errors()).as("only an account already asked for is refused")
                    .allSatisfy(error -> assertThat(error.field()).startsWith("accountIds"));
            return false;
        }
        complete(grant, grant.getLineManager(), "staff", Map.of("endorsement", "endorse"));
        complete(grant, "alex.morgan", "comms", Map.of("decision", "approve", "agreedEndDate", EngineClock.today().plusMonths(2).toString()));
        complete(grant, person, "staff", Map.of("signed", true));
        complete(grant, "alex.morgan", "comms", Map.of("accessGiven", true));
        return true;
    }

    private void complete(AccessGrant grant, String username, String group, Map<String, Object> variables) {
        String taskId = tasks.createTaskQuery().processInstanceId(grant.getProcessInstanceId()).singleResult().getId();
        transactions.executeWrite(status -> Actor.runAs(identity, username, List.of("staff", group), () -> {
            tasks.complete(taskId, variables);
            return null;
        }));
    }

    private List<UUID> openGrants() {
        return new ArrayList<>(query("select id from access_grant where status not in ('NOT_ENDORSED', 'REJECTED', 'REVOKED', 'EXPIRED') order by reference")
                .stream().map(UUID::fromString).toList());
    }

    private Set<String> authorisedByGrants() {
        return new TreeSet<>(query("select account_id || ' ' || username from authorised_user where grant_id is not null and to_date is null"));
    }

    private Set<String> activeGrantsOnActiveAccounts() {
        return new TreeSet<>(query("select a.account_id || ' ' || g.grantee from access_grant g join access_grant_account a on a.grant_id = g.id "
                + "join social_account s on s.id = a.account_id where g.status = 'ACTIVE' and s.status = 'ACTIVE'"));
    }

    private List<String> query(String sql) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, s -> {
            List<String> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(row.getString(1));
                }
            }
            return found;
        }));
    }
}
