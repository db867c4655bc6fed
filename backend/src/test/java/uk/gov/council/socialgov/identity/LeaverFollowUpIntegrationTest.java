package uk.gov.council.socialgov.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.testing.Problems;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import uk.gov.council.socialgov.testing.Rows;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What happens after someone leaves (issue 19, policy D 2.3): marked as leaving on a future date by an
 * administrator, at 9am that day their authorised-user periods end on the date, a step given to them
 * by name goes to their line manager (or the communications team), a task they claimed goes back to its
 * group, every account they could post from gets "Change the password: someone has left" for its owner
 * (or the communications team), every account they owned gets "Choose a new owner", and all of it is
 * audited.
 */
@MicronautTest(transactional = false)
class LeaverFollowUpIntegrationTest {

    private static final String HEADINGS = "Employee_Number,Name,Email,Job title,Department,Line manager,Head of department,Type,Leaving date\n";
    private static final String CORPORATE = "6d1f0a52-0c55-4b5e-9d1a-000000000007";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Inject RuntimeService runtime;
    @Inject ManagementService management;
    @Inject TaskService tasks;

    private ApiSession admin;

    @BeforeEach
    void administrator() {
        admin = ApiSession.signedIn(server, json, "chris.lee");
    }

    @AfterEach
    void clock() {
        ClockUtil.reset();
    }

    @Test
    void atNineOnTheLeavingDayTheirStepsMoveAndEveryAccountTheyCouldPostFromOrOwnedGetsItsTask() {
        createUser("lena.leaver", List.of("staff", "service-managers", "comms"));
        createUser("leo.junior", List.of("staff"));
        applyFile(HEADINGS
                + "E1005,Nia Roberts,nia.roberts@example-council.gov.uk,Head of Communications,Communications,,yes,staff,\n"
                + "L500,Lena Leaver,lena.leaver@example-council.gov.uk,Communications Manager,Communications,"
                + "nia.roberts@example-council.gov.uk,,staff,\n"
                + "L501,Leo Junior,leo.junior@example-council.gov.uk,Communications Officer,Communications,"
                + "lena.leaver@example-council.gov.uk,,staff,\n");
        UUID ownedByNia = account("Leisure Centres", "nia.roberts");
        UUID ownerless = account("Tourism Wales Border", null);
        UUID ownedByLena = account("Lena's Campaign Page", "lena.leaver");
        authorise(ownedByNia, "lena.leaver");
        authorise(ownerless, "lena.leaver");
        authorise(ownedByLena, "lena.leaver");
        authorise(ownedByLena, "jo.evans");

        // A step the process gives Lena by name: endorsing Leo's request for access as his line manager.
        Response asked = ApiSession.signedIn(server, json, "leo.junior").post("/api/access-grants", Map.of(
                "accountIds", List.of(CORPORATE), "purpose", "Cover the leisure consultation", "intendedUse", "Two posts a week",
                "requestedEndDate", EngineClock.today().plusMonths(2).toString()));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        Task endorsement = onlyTask(tasks.createTaskQuery().taskAssignee("lena.leaver")
                .processVariableValueEquals("caseId", asked.json().get("id").getStringValue()).list());
        // A task of the communications team that Lena claimed: reviewing Priya's account request.
        String requestId = ApiSession.signedIn(server, json, "priya.shah").post("/api/account-requests", SampleRequests.accountRequest())
                .json().get("id").getStringValue();
        Task review = onlyTask(tasks.createTaskQuery().taskCandidateGroup("comms").processVariableValueEquals("caseId", requestId).list());
        ApiSession lena = ApiSession.signedIn(server, json, "lena.leaver");
        assertThat(lena.post("/api/tasks/" + review.getId() + "/claim", "").status()).isEqualTo(204);

        LocalDate leaving = EngineClock.today().plusDays(3);
        assertThat(admin.post("/api/directory/people/lena.leaver/leaving", Map.of("leavingDate", leaving.toString())).status()).isEqualTo(204);
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("person-leaving")
                .processInstanceBusinessKey("leaving:lena.leaver").singleResult().getId();
        assertThat(tasks.createTaskQuery().taskId(endorsement.getId()).singleResult().getAssignee()).as("nothing before the day")
                .isEqualTo("lena.leaver");
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isZero();
        assertThat(count("select count(*) from authorised_user where username = 'lena.leaver' and to_date is null")).isEqualTo(3);

        ClockUtil.setCurrentTime(Date.from(Leavers.leavingMoment(leaving).plusSeconds(60)));
        management.createJobQuery().processInstanceId(instance).timers().list().forEach(job -> management.executeJob(job.getId()));

        assertThat(count("select count(*) from authorised_user where username = 'lena.leaver' and to_date = '" + leaving + "'"))
                .as("every period ended on the leaving date").isEqualTo(3);
        assertThat(count("select count(*) from authorised_user where username = 'lena.leaver' and to_date is null")).isZero();

        Task endorsementNow = tasks.createTaskQuery().taskId(endorsement.getId()).singleResult();
        assertThat(endorsementNow.getAssignee()).as("her personal step went to her line manager").isEqualTo("nia.roberts");
        assertThat(candidateGroups(endorsementNow)).isEmpty();
        Task reviewNow = tasks.createTaskQuery().taskId(review.getId()).singleResult();
        assertThat(reviewNow.getAssignee()).as("the claimed task went back to the group").isNull();
        assertThat(candidateGroups(reviewNow)).containsExactly("comms");

        List<Task> raised = tasks.createTaskQuery().processInstanceId(instance).orderByTaskName().asc().list();
        assertThat(raised).extracting(Task::getName).containsExactlyInAnyOrder(
                "Change the password: someone has left: Leisure Centres (Facebook)",
                "Change the password: someone has left: Tourism Wales Border (Facebook)",
                "Change the password: someone has left: Lena's Campaign Page (Facebook)",
                "Choose a new owner: Lena's Campaign Page (Facebook)");
        Task niasPassword = named(raised, "Change the password: someone has left: Leisure Centres (Facebook)");
        assertThat(niasPassword.getAssignee()).as("the owner changes it").isEqualTo("nia.roberts");
        assertThat(candidateGroups(niasPassword)).isEmpty();
        for (String name : List.of("Change the password: someone has left: Tourism Wales Border (Facebook)",
                "Change the password: someone has left: Lena's Campaign Page (Facebook)", "Choose a new owner: Lena's Campaign Page (Facebook)")) {
            Task task = named(raised, name);
            assertThat(task.getAssignee()).as(name).isNull();
            assertThat(candidateGroups(task)).as("no owner still here: the communications team").containsExactly("comms");
        }

        assertThat(audit("PERSON_LEFT", "lena.leaver")).hasSize(1);
        assertThat(audit("AUTHORISED_USER_LEFT", "lena.leaver")).containsExactly("3 authorised-user periods ended on " + leaving);
        assertThat(audit("LEAVERS_ACCOUNTS_FOUND", "lena.leaver")).containsExactly("3 accounts need a new password and 1 a new owner");
        assertThat(auditDetails("PERSONAL_STEP_HANDED_OVER", "lena.leaver")).containsExactly(
                endorsement.getName() + ": lena.leaver left; now with their line manager nia.roberts");
        assertThat(auditDetails("TASK_HANDED_BACK", "lena.leaver")).singleElement().asString().startsWith(review.getName() + ": lena.leaver left");

        // The communications team chooses a new owner: someone in the directory, or the task stays open.
        ApiSession alex = ApiSession.signedIn(server, json, "alex.morgan");
        String chooseOwner = named(raised, "Choose a new owner: Lena's Campaign Page (Facebook)").getId();
        for (String wrong : List.of("nobody.here", "lena.leaver")) {
            Response refused = alex.post("/api/tasks/" + chooseOwner + "/complete", Map.of("variables", Map.of("newOwner", wrong)));
            assertThat(Problems.fields(refused)).as(wrong).containsExactly("newOwner");
        }
        assertThat(tasks.createTaskQuery().taskId(chooseOwner).count()).as("still open").isOne();
        assertThat(text("select owner from social_account where id = '" + ownedByLena + "'")).isEqualTo("lena.leaver");
        Response chosen = alex.post("/api/tasks/" + chooseOwner + "/complete", Map.of("variables", Map.of("newOwner", "Tom.Hughes")));
        assertThat(chosen.status()).as(chosen.body()).isIn(200, 204);
        assertThat(text("select owner from social_account where id = '" + ownedByLena + "'")).isEqualTo("tom.hughes");
        assertThat(audit("ACCOUNT_OWNER_CHANGED", ownedByLena.toString()))
                .containsExactly("Lena's Campaign Page on Facebook: owner lena.leaver \u2192 tom.hughes (lena.leaver left)");
        assertThat(strings("select actor from audit_event where action = 'ACCOUNT_OWNER_CHANGED' and case_id = '" + ownedByLena + "'"))
                .as("by whoever chose").containsExactly("alex.morgan");

        // The owner confirms the new password is only with the remaining authorised users.
        ApiSession nia = ApiSession.signedIn(server, json, "nia.roberts");
        assertThat(Problems.fields(nia.post("/api/tasks/" + niasPassword.getId() + "/complete",
                Map.of("variables", Map.of("passwordChanged", true))))).containsExactly("onlyAuthorisedUsersHaveIt");
        Response changed = nia.post("/api/tasks/" + niasPassword.getId() + "/complete",
                Map.of("variables", Map.of("passwordChanged", true, "onlyAuthorisedUsersHaveIt", true)));
        assertThat(changed.status()).as(changed.body()).isIn(200, 204);
        assertThat(tasks.createTaskQuery().processInstanceId(instance).count()).isEqualTo(2);
    }

    @Test
    void withoutALineManagerStillHereTheirPersonalStepsGoToTheCommunicationsTeamAndNothingIsRaisedTwice() {
        createUser("max.alone", List.of("staff", "service-managers"));
        createUser("mia.helper", List.of("staff"));
        applyFile(HEADINGS + "L600,Max Alone,max.alone@example-council.gov.uk,Service Manager,Countryside Service,,,staff,\n"
                + "L601,Mia Helper,mia.helper@example-council.gov.uk,Ranger,Countryside Service,max.alone@example-council.gov.uk,,staff,\n");
        Response asked = ApiSession.signedIn(server, json, "mia.helper").post("/api/access-grants", Map.of(
                "accountIds", List.of(CORPORATE), "purpose", "Cover the ranger walks", "intendedUse", "One post a week",
                "requestedEndDate", EngineClock.today().plusMonths(2).toString()));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        Task endorsement = onlyTask(tasks.createTaskQuery().taskAssignee("max.alone").list());

        assertThat(admin.post("/api/directory/people/max.alone/leaving", Map.of("leavingDate", EngineClock.today().toString())).status())
                .as("a date that has passed takes effect at once").isIn(204);

        Task now = tasks.createTaskQuery().taskId(endorsement.getId()).singleResult();
        assertThat(now.getAssignee()).isNull();
        assertThat(candidateGroups(now)).containsExactly("comms");
        assertThat(auditDetails("PERSONAL_STEP_HANDED_OVER", "max.alone")).containsExactly(
                endorsement.getName() + ": max.alone left; now with the Communications team");

        assertThat(admin.post("/api/directory/people/max.alone/leaving", Map.of("leavingDate", EngineClock.today().toString())).status())
                .isIn(204, 404);
        assertThat(auditDetails("PERSONAL_STEP_HANDED_OVER", "max.alone")).as("leaving twice hands nothing over twice").hasSize(1);
    }

    @Test
    void aPersonalStepOnACaseTheirLineManagerMayNotReadGoesToTheTeamThatMay() {
        createUser("ivy.investigator", List.of("staff", "hr"));
        createUser("pat.manager", List.of("staff", "service-managers"));
        applyFile(HEADINGS + "L700,Ivy Investigator,ivy.investigator@example-council.gov.uk,HR Officer,Human Resources,"
                + "pat.manager@example-council.gov.uk,,staff,\n"
                + "L701,Pat Manager,pat.manager@example-council.gov.uk,Corporate Services Manager,Human Resources,,,staff,\n");
        // A step of an employee's breach case given to Ivy by name (as an appointed investigator's is).
        Task step = tasks.createTaskQuery().processDefinitionKey("breach-investigation").taskCandidateGroup("hr").list().get(0);
        tasks.deleteCandidateGroup(step.getId(), "hr");
        tasks.setAssignee(step.getId(), "ivy.investigator");

        assertThat(admin.post("/api/directory/people/ivy.investigator/leaving", Map.of("leavingDate", EngineClock.today().toString()))
                .status()).isEqualTo(204);

        Task now = tasks.createTaskQuery().taskId(step.getId()).singleResult();
        assertThat(now.getAssignee()).as("not Pat, her line manager, who may not read an HR case").isNull();
        assertThat(candidateGroups(now)).containsExactly("hr");
        assertThat(auditDetails("PERSONAL_STEP_HANDED_OVER", "ivy.investigator"))
                .containsExactly(step.getName() + ": ivy.investigator left; now with HR");
    }

    private void createUser(String username, List<String> groups) {
        Response created = admin.post("/api/admin/users", Map.of("username", username, "displayName", username,
                "email", username + "@example-council.gov.uk", "password", ApiSession.DEMO_PASSWORD, "groups", groups));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
    }

    private void applyFile(String csv) {
        Response preview = admin.postText("/api/directory/imports", "text/csv", csv);
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        Response applied = admin.post("/api/directory/imports/" + preview.json().get("id").getStringValue() + "/apply", Map.of());
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
    }

    private UUID account(String name, String owner) {
        UUID id = UUID.randomUUID();
        transactions.executeWrite(status -> jdbc.prepareStatement("insert into social_account (id, platform, handle, name, department, kind, "
                + "status, owner, created_at) values (?, 'FACEBOOK', ?, ?, 'Communications', 'DEPARTMENTAL', 'ACTIVE', ?, now())", statement -> {
                    statement.setObject(1, id);
                    statement.setString(2, "handle-" + id);
                    statement.setString(3, name);
                    statement.setString(4, owner);
                    return statement.executeUpdate();
                }));
        return id;
    }

    private void authorise(UUID account, String username) {
        transactions.executeWrite(status -> jdbc.prepareStatement("insert into authorised_user (id, account_id, username, from_date, added_by) "
                + "values (gen_random_uuid(), ?, ?, current_date - 30, 'chris.lee')", statement -> {
                    statement.setObject(1, account);
                    statement.setString(2, username);
                    return statement.executeUpdate();
                }));
    }

    private static Task onlyTask(List<Task> found) {
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    private static Task named(List<Task> found, String name) {
        return found.stream().filter(task -> task.getName().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
    }

    private List<String> candidateGroups(Task task) {
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    private List<String> audit(String action, String caseId) {
        return strings("select coalesce(detail, '') from audit_event where action = '" + action + "' and case_id = '" + caseId + "' order by id");
    }

    private List<String> auditDetails(String action, String leaver) {
        return strings("select detail from audit_event where action = '" + action + "' and detail like '%: " + leaver + " left%' order by id");
    }

    private List<String> strings(String sql) {
        return new Rows(transactions, jdbc).strings(sql);
    }

    private long count(String sql) {
        return new Rows(transactions, jdbc).count(sql);
    }

    private String text(String sql) {
        return new Rows(transactions, jdbc).text(sql);
    }
}
