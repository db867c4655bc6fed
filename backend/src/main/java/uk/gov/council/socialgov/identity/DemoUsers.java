package uk.gov.council.socialgov.identity;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import uk.gov.council.socialgov.workflow.Actor;

import static uk.gov.council.socialgov.identity.Groups.*;

/**
 * On the first start of the embedded default (no external database configured), creates one or two
 * people per group so a first-time user can sign in and find work. The password is in the README.
 * Every feature's demo data starts from here ({@link #firstStart}) and works its cases as these people
 * ({@link #completeTask}).
 */
@Singleton
@Requires(missingProperty = "datasources.default.url")
@Requires(property = "socialgov.demo-data.enabled", notEquals = "false")
public class DemoUsers {

    record DemoUser(String username, String displayName, List<String> groups) {
    }

    public static final List<DemoUser> PEOPLE = List.of(
            new DemoUser("sam.patel", "Sam Patel", List.of(STAFF)),
            new DemoUser("jo.evans", "Jo Evans", List.of(STAFF)),
            new DemoUser("priya.shah", "Priya Shah (Head of Economic Development)", List.of(STAFF, SERVICE_MANAGERS)),
            new DemoUser("tom.hughes", "Tom Hughes (Countryside Service Manager)", List.of(STAFF, SERVICE_MANAGERS)),
            new DemoUser("alex.morgan", "Alex Morgan (Communications Officer)", List.of(STAFF, COMMS)),
            new DemoUser("nia.roberts", "Nia Roberts (Head of Communications)", List.of(STAFF, COMMS)),
            new DemoUser("helen.carter", "Helen Carter (HR Adviser)", List.of(STAFF, HR)),
            new DemoUser("gary.lewis", "Gary Lewis (HR Adviser)", List.of(STAFF, HR)),
            new DemoUser("david.okafor", "David Okafor (Monitoring Officer)", List.of(STAFF, MONITORING_OFFICER)),
            new DemoUser("fiona.campbell", "Fiona Campbell (Deputy Monitoring Officer)", List.of(STAFF, MONITORING_OFFICER)),
            new DemoUser("mark.wilson", "Mark Wilson (Information Manager)", List.of(STAFF, INFORMATION_MANAGER)),
            new DemoUser("cllr.jones", "Councillor Gareth Jones", List.of(MEMBERS)),
            new DemoUser("cllr.begum", "Councillor Amina Begum", List.of(MEMBERS)),
            new DemoUser("linda.price", "Linda Price (Internal Audit)", List.of(STAFF, AUDITORS)),
            new DemoUser("chris.lee", "Chris Lee (System Administrator)", List.of(STAFF, ADMINS)));

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    private final UserStore users;
    private final PasswordHasher hasher;
    private final String password;
    private final TaskService tasks;
    private final IdentityService identity;

    DemoUsers(UserStore users, PasswordHasher hasher, @Value("${socialgov.demo-data.password}") String password, TaskService tasks,
              IdentityService identity) {
        this.users = users;
        this.hasher = hasher;
        this.password = password;
        this.tasks = tasks;
        this.identity = identity;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        seed();
    }

    /** Creates the demo people unless anyone exists yet; other features' demo data call this first. */
    @Transactional
    public void seed() {
        if (users.count() > 0) {
            return;
        }
        String hash = hasher.hash(password);
        for (DemoUser person : PEOPLE) {
            users.save(UserAccount.create(person.username(), person.displayName(),
                    person.username() + "@example-council.gov.uk", hash));
            person.groups().forEach(group -> users.addGroup(person.username(), group));
        }
        LOG.info("Created {} demo users (password in README.md)", PEOPLE.size());
    }

    /** Seeds the demo people, then says whether a feature is to make its demo data: only while it has none of its own. */
    public boolean firstStart(BooleanSupplier featureHasData) {
        seed();
        return !featureHasData.getAsBoolean();
    }

    /** Completes the one task the process waits on, as the demo person (in their groups) whose step it is. */
    public void completeTask(String processInstanceId, String username, Map<String, Object> variables) {
        List<String> groups = PEOPLE.stream().filter(person -> person.username().equals(username)).findFirst().orElseThrow().groups();
        String taskId = tasks.createTaskQuery().processInstanceId(processInstanceId).singleResult().getId();
        Actor.runAs(identity, username, groups, () -> {
            tasks.complete(taskId, variables);
            return null;
        });
    }
}
