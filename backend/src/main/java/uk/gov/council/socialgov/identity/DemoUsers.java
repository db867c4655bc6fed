package uk.gov.council.socialgov.identity;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

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

    /** Where a demo member of staff sits in the organisation directory. */
    private record Post(String username, String employeeNumber, String jobTitle, String department, @Nullable String lineManager) {
    }

    /** Departments and their heads (a head is a person below). */
    private static final Map<String, String> DEPARTMENTS = Map.of(
            "Economic Development", "priya.shah", "Countryside Service", "tom.hughes", "Communications", "nia.roberts",
            "Human Resources", "helen.carter", "Legal and Democratic Services", "david.okafor", "Internal Audit", "linda.price",
            "ICT", "chris.lee");

    private static final List<Post> POSTS = List.of(
            new Post("priya.shah", "E1001", "Head of Economic Development", "Economic Development", null),
            new Post("sam.patel", "E1002", "Business Support Officer", "Economic Development", "priya.shah"),
            new Post("tom.hughes", "E1003", "Countryside Service Manager", "Countryside Service", null),
            new Post("jo.evans", "E1004", "Countryside Ranger", "Countryside Service", "tom.hughes"),
            new Post("nia.roberts", "E1005", "Head of Communications", "Communications", null),
            new Post("alex.morgan", "E1006", "Communications Officer", "Communications", "nia.roberts"),
            new Post("helen.carter", "E1007", "HR Adviser", "Human Resources", null),
            new Post("gary.lewis", "E1008", "HR Adviser", "Human Resources", "helen.carter"),
            new Post("david.okafor", "E1009", "Monitoring Officer", "Legal and Democratic Services", null),
            new Post("fiona.campbell", "E1010", "Deputy Monitoring Officer", "Legal and Democratic Services", "david.okafor"),
            new Post("mark.wilson", "E1011", "Information Manager", "Legal and Democratic Services", "david.okafor"),
            new Post("linda.price", "E1012", "Internal Auditor", "Internal Audit", null),
            new Post("chris.lee", "E1013", "System Administrator", "ICT", null));

    /** People in the directory who have never signed in: line managers' staff, subjects of reports. */
    private static final List<DirectoryEntry> NEVER_SIGNED_IN = List.of(
            new DirectoryEntry("ben.ward", "Ben Ward", "ben.ward@example-council.gov.uk", DirectoryEntry.Kind.STAFF, "E1014",
                    "Countryside Ranger", "Countryside Service", "tom.hughes", null),
            new DirectoryEntry("ruth.owen", "Ruth Owen", "ruth.owen@example-council.gov.uk", DirectoryEntry.Kind.STAFF, "E1015",
                    "Events Officer", "Economic Development", "priya.shah", null),
            new DirectoryEntry("omar.hussain", "Omar Hussain", "omar.hussain@example-council.gov.uk", DirectoryEntry.Kind.STAFF,
                    "E1016", "Web Content Officer", "Communications", "nia.roberts", null));

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
            new DemoUser("fiona.campbell", "Fiona Campbell (Deputy Monitoring Officer)", List.of(STAFF, MONITORING_OFFICER, DEPUTY_MONITORING_OFFICER)),
            new DemoUser("mark.wilson", "Mark Wilson (Information Manager)", List.of(STAFF, INFORMATION_MANAGER)),
            new DemoUser("cllr.jones", "Councillor Gareth Jones", List.of(MEMBERS)),
            new DemoUser("cllr.begum", "Councillor Amina Begum", List.of(MEMBERS)),
            new DemoUser("linda.price", "Linda Price (Internal Audit)", List.of(STAFF, AUDITORS)),
            new DemoUser("chris.lee", "Chris Lee (System Administrator)", List.of(STAFF, ADMINS)));

    /** The demo users' password unless SOCIALGOV_DEMO_PASSWORD gives another (README). */
    static final String DEFAULT_PASSWORD = "council-demo-2026";

    private static final Logger LOG = LoggerFactory.getLogger(DemoUsers.class);

    private final UserStore users;
    private final DirectoryStore directory;
    private final PasswordHasher hasher;
    private final String password;
    private final TaskService tasks;
    private final IdentityService identity;

    DemoUsers(UserStore users, DirectoryStore directory, PasswordHasher hasher,
              @Value("${socialgov.demo-data.password:}") String password, TaskService tasks, IdentityService identity) {
        this.users = users;
        this.directory = directory;
        this.hasher = hasher;
        this.password = password == null || password.isBlank() ? DEFAULT_PASSWORD : password;
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
        seedDirectory();
        LOG.info("Created {} demo users (password in README.md) and the demo organisation directory", PEOPLE.size());
    }

    private void seedDirectory() {
        Instant now = EngineClock.now();
        DEPARTMENTS.keySet().forEach(directory::saveDepartment);
        for (DemoUser person : PEOPLE) {
            String email = person.username() + "@example-council.gov.uk";
            String name = person.displayName().replaceAll(" \\(.*\\)$", "");
            DirectoryEntry entry = POSTS.stream().filter(post -> post.username().equals(person.username())).findFirst()
                    .map(post -> new DirectoryEntry(person.username(), name, email, DirectoryEntry.Kind.STAFF, post.employeeNumber(),
                            post.jobTitle(), post.department(), post.lineManager(), null))
                    .orElse(new DirectoryEntry(person.username(), name, email, DirectoryEntry.Kind.COUNCILLOR, null, "Councillor",
                            null, null, null));
            directory.save(entry, false, now);
        }
        NEVER_SIGNED_IN.forEach(person -> directory.save(person, false, now));
        DEPARTMENTS.forEach(directory::setHead);
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
