package uk.gov.council.socialgov.identity;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.testing.Problems;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.testing.DirectoryPeople;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.Response;

import uk.gov.council.socialgov.testing.Rows;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The organisation directory from the council's HR export: every bad row reported with its line and
 * nothing changed; a good file previewed (joiners, movers, changes, leavers) and applied as shown;
 * people who never signed in known to every feature; leavers' sign-in, groups, sessions, temporary
 * access and authorised-user periods ending at 9am on their leaving date.
 */
@MicronautTest(transactional = false)
class DirectoryImportIntegrationTest {

    private static final String ACCOUNT = "6d1f0a52-0c55-4b5e-9d1a-000000000007";
    private static final String HEADINGS = "Employee_Number,Name,Email,Job title,Department,Line manager,Head of department,Type,Leaving date\n";

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;
    @Inject RuntimeService runtime;
    @Inject ManagementService management;
    @Inject Directory directory;

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
    void everyBadRowIsReportedWithItsLineAndNothingChanges() {
        String csv = HEADINGS
                + "D100,Dana Moss,dana.moss@council.example,Officer,Building Control,,,staff,\n"
                + ",No Number,no.number@council.example,Officer,Building Control,,,staff,\n"
                + "D102,Bad Email,not-an-email,Officer,Building Control,,,staff,\n"
                + "D103,Bad Date,bad.date@council.example,Officer,Building Control,,,staff,31/02/2027\n"
                + "D104,Lost Manager,lost.manager@council.example,Officer,Building Control,nobody@council.example,,staff,\n"
                + "D100,Second Dana,dana.two@council.example,Officer,Building Control,,,staff,\n";

        Response refused = admin.postText("/api/directory/imports", "text/csv", csv);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(Problems.messages(refused)).containsExactly(
                "rows[3]: Line 3: enter the employee number of a member of staff",
                "rows[4]: Line 4: enter an email address like name@example.gov.uk",
                "rows[5]: Line 5: enter the leaving date like 2026-11-27 or 27/11/2026",
                "rows[6]: Line 6: the line manager nobody@council.example is not in the file: give their email address or employee number",
                "rows[7]: Line 7: the employee number is also on line 2");
        assertThat(count("select count(*) from person where username = 'dana.moss'")).isZero();
        assertThat(count("select count(*) from csv_upload where kind = 'DIRECTORY' and preview::text like '%dana.moss%'")).isZero();
    }

    @Test
    void aFileIsPreviewedThenAppliedAndPeopleWhoNeverSignedInAreKnown() {
        String csv = "\uFEFF" + HEADINGS
                + "E200,Erin Head,erin.head@council.example,Head of Countryside,Countryside Service,,yes,staff,\n"
                + "E201,Finn Ranger,finn.ranger@council.example,Ranger,Countryside Service,erin.head@council.example,no,staff,\n"
                + "E202,Gail Warden,gail.warden@council.example,Warden,Countryside Service,E200,,staff,\n"
                + ",Cllr Hal Ward,hal.ward@council.example,Ward councillor,,,,councillor,\n";

        Response preview = admin.postText("/api/directory/imports", "text/csv", csv);

        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        JsonNode changes = preview.json().get("changes");
        assertThat(usernames(changes.get("joiners"))).contains("erin.head", "finn.ranger", "gail.warden", "hal.ward");
        assertThat(directory.find("finn.ranger")).as("nothing changes before it is applied").isEmpty();

        Response applied = admin.post("/api/directory/imports/" + preview.json().get("id").getStringValue() + "/apply", Map.of());

        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
        assertThat(directory.find("finn.ranger")).hasValueSatisfying(person -> {
            assertThat(person.displayName()).isEqualTo("Finn Ranger");
            assertThat(person.groups()).isEmpty();
        });
        assertThat(text("select line_manager from person where username = 'gail.warden'")).isEqualTo("erin.head");
        assertThat(text("select head from department where name = 'Countryside Service'")).isEqualTo("erin.head");
        assertThat(text("select kind from person where username = 'hal.ward'")).isEqualTo("COUNCILLOR");
        JsonNode people = ApiSession.signedIn(server, json, "sam.patel").get("/api/breach-reports/options").json().get("people");
        assertThat(find(people, "finn.ranger").get("member").getBooleanValue()).as("an employee who never signed in").isFalse();
        assertThat(find(people, "hal.ward").get("member").getBooleanValue()).as("a councillor who never signed in").isTrue();
        Response aboutHal = ApiSession.signedIn(server, json, "sam.patel").post("/api/breach-reports", Map.of("subjectKind", "MEMBER",
                "subject", "hal.ward", "clauses", List.of("C2.12"), "description", "Abusive replies to residents on 3 November",
                "postLinks", List.of("https://x.com/someone/status/1")));
        assertThat(aboutHal.status()).as("a report can name a councillor who never signed in: " + aboutHal.body()).isEqualTo(201);

        Response again = admin.post("/api/directory/imports/" + preview.json().get("id").getStringValue() + "/apply", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").getStringValue()).isEqualTo("This file has already been applied");

        Response repeated = admin.postText("/api/directory/imports", "text/csv", csv);
        assertThat(repeated.json().get("changes").get("joiners").values()).as("the same file again changes nobody").isEmpty();
        assertThat(usernames(repeated.json().get("changes").get("leavers")))
                .as("only people an earlier export brought (other tests') leave when missing; the demo directory's people stay")
                .doesNotContain("erin.head", "finn.ranger", "gail.warden", "hal.ward", "ben.ward", "sam.patel");
        assertThat(repeated.json().get("changes").get("unchanged").getIntValue()).isEqualTo(4);
    }

    @Test
    void moversLeaversAndChangesAreShownAndAStaleFileIsRefused() {
        String first = HEADINGS
                + "M300,Ida Move,ida.move@council.example,Officer,Economic Development,,,staff,\n"
                + "M301,Jon Gone,jon.gone@council.example,Officer,Economic Development,,,staff,\n"
                + "M302,Kay Later,kay.later@council.example,Officer,Planning Policy,,,staff,\n";
        applyFile(first);
        LocalDate nextWeek = EngineClock.today().plusDays(7);
        String second = HEADINGS
                + "M300,Ida Move,ida.move@council.example,Senior Officer,Community Safety Partnership,,,staff,\n"
                + "M302,Kay Later,kay.later@council.example,Officer,Planning Policy,,,staff,"
                + nextWeek.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")) + "\n";

        Response preview = admin.postText("/api/directory/imports", "text/csv", second);

        JsonNode changes = preview.json().get("changes");
        JsonNode mover = find(changes.get("movers"), "ida.move");
        assertThat(mover.get("from").getStringValue()).isEqualTo("Economic Development");
        assertThat(mover.get("to").getStringValue()).isEqualTo("Community Safety Partnership");
        assertThat(strings(find(changes.get("changed"), "ida.move").get("what"))).containsExactly("job title");
        assertThat(find(changes.get("leavers"), "jon.gone").get("missingFromFile").getBooleanValue()).isTrue();
        assertThat(find(changes.get("leavers"), "kay.later").get("leavingDate").getStringValue()).isEqualTo(nextWeek.toString());
        assertThat(strings(changes.get("newDepartments"))).as("Planning Policy, known without a head, is not new")
                .containsExactly("Community Safety Partnership");

        // An administrator records a leaving date by hand after the preview: the preview no longer tells the truth.
        assertThat(admin.post("/api/directory/people/ida.move/leaving", Map.of("leavingDate", nextWeek.toString())).status())
                .isEqualTo(204);
        Response stale = admin.post("/api/directory/imports/" + preview.json().get("id").getStringValue() + "/apply", Map.of());
        assertThat(stale.status()).isEqualTo(409);
        assertThat(text("select department from person where username = 'ida.move'")).as("nothing applied")
                .isEqualTo("Economic Development");

        Response fresh = admin.postText("/api/directory/imports", "text/csv", second);
        assertThat(admin.post("/api/directory/imports/" + fresh.json().get("id").getStringValue() + "/apply", Map.of()).status())
                .isEqualTo(200);
        assertThat(directory.find("jon.gone")).as("missing from the export: left today").isEmpty();
        assertThat(directory.find("kay.later")).as("leaves next week").isPresent();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("person-leaving")
                .processInstanceBusinessKey("leaving:kay.later").count()).isEqualTo(1);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("person-leaving")
                .processInstanceBusinessKey("leaving:ida.move").count()).as("HR's export withdrew the date typed by hand").isZero();
    }

    @Test
    void aLeaverLosesSignInGroupsSessionsAccessAndAuthorisedUserPeriodsAt9amOnTheirLeavingDate() {
        if (admin.get("/api/admin/users/lee.leaver").status() == 404) {
            assertThat(admin.post("/api/admin/users", Map.of("username", "lee.leaver", "displayName", "Lee Leaver",
                    "email", "lee.leaver@council.example", "password", ApiSession.DEMO_PASSWORD,
                    "groups", List.of("staff", "comms"))).status()).isEqualTo(201);
        }
        // In the directory first: the head of Communications, from there, endorses Lee's request for access (the file
        // names no head, so the test gives the department its head back).
        LocalDate leaving = EngineClock.today().plusDays(3);
        applyFile(HEADINGS + "L400,Lee Leaver,lee.leaver@council.example,Comms Officer,Communications,,,staff,"
                + leaving + "\n");
        DirectoryPeople.department(transactions, jdbc, "Communications", "nia.roberts");
        ApiSession lee = ApiSession.signedIn(server, json, "lee.leaver");
        Response asked = lee.post("/api/access-grants", Map.of("accountIds", List.of(ACCOUNT),
                "purpose", "Cover the leisure consultation", "intendedUse", "Two posts a week",
                "requestedEndDate", EngineClock.today().plusMonths(2).toString()));
        assertThat(asked.status()).as(asked.body()).isEqualTo(201);
        transactions.executeWrite(status -> jdbc.prepareStatement("insert into authorised_user (id, account_id, username, from_date, added_by) "
                + "values (gen_random_uuid(), cast(? as uuid), 'lee.leaver', current_date - 30, 'chris.lee')", statement -> {
                    statement.setString(1, ACCOUNT);
                    return statement.executeUpdate();
                }));
        assertThat(lee.get("/api/me").status()).as("still here before the day").isEqualTo(200);

        ClockUtil.setCurrentTime(Date.from(Leavers.leavingMoment(leaving).plusSeconds(60)));
        String instance = runtime.createProcessInstanceQuery().processDefinitionKey("person-leaving")
                .processInstanceBusinessKey("leaving:lee.leaver").singleResult().getId();
        management.createJobQuery().processInstanceId(instance).timers().list().forEach(job -> management.executeJob(job.getId()));

        assertThat(lee.get("/api/me").status()).as("the session has ended").isEqualTo(401);
        assertThat(ApiSession.anonymous(server, json).post("/api/auth/login", Map.of("username", "lee.leaver",
                "password", ApiSession.DEMO_PASSWORD)).status()).as("cannot sign in again").isNotEqualTo(200);
        assertThat(count("select count(*) from app_user_group where username = 'lee.leaver'")).isZero();
        assertThat(directory.find("lee.leaver")).isEmpty();
        assertThat(count("select count(*) from audit_event where action = 'PERSON_LEFT' and case_id = 'lee.leaver'")).isEqualTo(1);
        assertThat(text("select status from access_grant where id = '" + asked.json().get("id").getStringValue() + "'"))
                .as("their temporary access is removed").isEqualTo("REVOKED");
        assertThat(count("select count(*) from authorised_user where username = 'lee.leaver' and to_date is null"))
                .as("no account they may still post from").isZero();
        assertThat(text("select max(to_date)::text from authorised_user where username = 'lee.leaver'")).isEqualTo(leaving.toString());
    }

    @Test
    void onlyAdministratorsImportTheDirectory() {
        Response refused = ApiSession.signedIn(server, json, "sam.patel").postText("/api/directory/imports", "text/csv", HEADINGS);
        assertThat(refused.status()).isEqualTo(403);
    }

    private void applyFile(String csv) {
        Response preview = admin.postText("/api/directory/imports", "text/csv", csv);
        assertThat(preview.status()).as(preview.body()).isEqualTo(201);
        Response applied = admin.post("/api/directory/imports/" + preview.json().get("id").getStringValue() + "/apply", Map.of());
        assertThat(applied.status()).as(applied.body()).isEqualTo(200);
    }

    private static JsonNode find(JsonNode list, String username) {
        for (JsonNode item : list.values()) {
            if (item.get("username").getStringValue().equals(username)) {
                return item;
            }
        }
        throw new AssertionError(username + " is not in " + list);
    }

    private static List<String> usernames(JsonNode list) {
        List<String> names = new ArrayList<>();
        list.values().forEach(item -> names.add(item.get("username").getStringValue()));
        return names;
    }

    private static List<String> strings(JsonNode list) {
        List<String> values = new ArrayList<>();
        list.values().forEach(item -> values.add(item.getStringValue()));
        return values;
    }

    private long count(String sql) {
        return new Rows(transactions, jdbc).count(sql);
    }

    private String text(String sql) {
        return new Rows(transactions, jdbc).text(sql);
    }
}
