package uk.gov.council.socialgov.retention;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import uk.gov.council.socialgov.testing.People;
import uk.gov.council.socialgov.testing.Problems;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.testsupport.ApiSession;
import uk.gov.council.testsupport.ApiSession.FilePart;
import uk.gov.council.testsupport.ApiSession.Response;
import uk.gov.council.testsupport.SampleRequests;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20's proof that a disposed case is really gone: one case of every kind, with a marker of its own in
 * every free-text field, file name and file body, run to closure; the clock moves past each retention date;
 * the Information Manager authorises all five disposals at once; then no table of the database, read the way
 * pg_dump reads it (COPY … TO STDOUT, bytea as hex), holds any marker, while the tombstones and the audit
 * trail's chain stand. Under a legal hold the same cases keep everything.
 */
@MicronautTest(transactional = false)
class WholeCaseDisposalIntegrationTest {

    @Inject EmbeddedServer server;
    @Inject JsonMapper json;
    @Inject RuntimeService runtime;
    @Inject ManagementService management;
    @Inject HistoryService history;
    @Inject TaskService tasks;
    @Inject TransactionOperations<Connection> transactions;

    private static final String VISIT_CANNOCK_CHASE = "6d1f0a52-0c55-4b5e-9d1a-000000000010";

    /** A case made for the test: its kind, id and the marker written into everything about it. */
    record Made(String kind, String id, String marker) {
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aDisposedCaseOfEveryKindLeavesNothingButItsTombstone() {
        // Two Information Managers: one the breach case is about, one kept out of it. Neither ever sees its tombstone.
        People.add(server, json, "iris.kent", List.of("staff", "information-manager"));
        People.add(server, json, "anna.green", List.of("staff", "information-manager"));
        List<Made> cases = closedCaseOfEveryKind("iris.kent", "anna.green");
        for (Made made : cases) {
            assertThat(tablesHolding(made.marker())).as("before disposal, %s is in the database", made.kind()).isNotEmpty();
        }
        List<String> authorisations = periodsEnd(cases);
        assertThat(authorisations).hasSize(cases.size());

        Response authorised = session("mark.wilson").post("/api/tasks/bulk/complete",
                Map.of("taskIds", authorisations, "variables", Map.of("disposalAuthorised", true)));
        assertThat(authorised.status()).as(authorised.body()).isEqualTo(200);
        assertThat(authorised.json().get("done").size()).as(authorised.body()).isEqualTo(cases.size());

        Map<String, List<String>> left = new LinkedHashMap<>();
        cases.forEach(made -> left.put(made.kind(), tablesHolding(made.marker())));
        assertThat(left).as("tables still holding something of each case").allSatisfy((kind, tables) -> assertThat(tables).isEmpty());
        for (Made made : cases) {
            JsonNode tombstone = session("mark.wilson").get("/api/retention/disposals/" + made.kind() + "/" + made.id()).json();
            assertThat(tombstone.get("retention").get("status").getStringValue()).isEqualTo("DISPOSED");
            assertThat(tombstone.get("retention").get("outcome").getStringValue()).isNotBlank();
            assertThat(tombstone.get("disposal").get("authorisedBy").getStringValue()).isEqualTo("mark.wilson");
            assertThat(tombstone.get("disposal").get("manifest").getStringValue()).contains("SHA-256").doesNotContain(made.marker());
        }
        assertThat(session("helen.carter").get("/api/cases/breach-investigation/" + cases.get(2).id()).status()).isEqualTo(404);
        String breachTombstone = "/api/retention/disposals/breach-investigation/" + cases.get(2).id();
        for (String keptOut : List.of("iris.kent", "anna.green")) {
            assertThat(session(keptOut).get(breachTombstone).status()).as("%s's tombstone view", keptOut).isEqualTo(404);
            assertThat(session(keptOut).get("/api/retention/schedule").body()).as(keptOut).doesNotContain(cases.get(2).id());
        }
        assertThat(session("alex.morgan").get("/api/retention/disposals/account-request/" + cases.get(0).id()).status())
                .as("only the Information Manager sees a tombstone").isEqualTo(403);
        assertThat(session("linda.price").get("/api/audit/verification").json().get("intact").getBooleanValue()).isTrue();

        // The retention processes themselves (which carried who each case was about) go with the engine's history cleanup.
        List<String> retentionProcesses = cases.stream().map(made -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("evidence-retention").variableValueEquals("caseId", made.id()).singleResult().getId()).toList();
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(retentionProcesses)).finished().count())
                .isEqualTo(cases.size());
        ClockUtil.setCurrentTime(Date.from(ClockUtil.now().toInstant().plus(Duration.ofDays(31))));
        management.executeJob(history.cleanUpHistoryAsync(true).getId());
        assertThat(history.createHistoricProcessInstanceQuery().processInstanceIds(Set.copyOf(retentionProcesses)).count())
                .as("30 days after they ended").isZero();
        assertThat(session("mark.wilson").get("/api/retention/disposals/" + cases.get(1).kind() + "/" + cases.get(1).id()).status())
                .as("the tombstone stays").isEqualTo(200);
    }

    @Test
    void underALegalHoldEveryKindOfCaseKeepsEverything() {
        List<Made> cases = closedCaseOfEveryKind("jo.evans", null);
        ApiSession informationManager = session("mark.wilson");
        for (Made made : cases) {
            Response hold = informationManager.post("/api/retention/holds", Map.of("caseType", made.kind(), "caseId", made.id(),
                    "reason", "Information Commissioner's inquiry"));
            assertThat(hold.status()).as(hold.body()).isEqualTo(201);
        }
        assertThat(periodsEnd(cases)).as("no disposal is offered while a hold is in force").isEmpty();
        for (Made made : cases) {
            assertThat(tablesHolding(made.marker())).as("%s kept whole", made.kind()).contains(ownTable(made.kind()));
            assertThat(session("mark.wilson").get("/api/retention/disposals/" + made.kind() + "/" + made.id()).status()).isEqualTo(404);
        }
    }

    @Test
    void onlyAStepMarkedForItIsDoneManyAtOnceAndBadInputNamesItsField() {
        ApiSession helen = session("helen.carter");
        assertThat(Problems.fields(helen.post("/api/tasks/bulk/complete", Map.of("taskIds", List.of(), "variables", Map.of()))))
                .containsExactly("taskIds");
        assertThat(Problems.fields(helen.post("/api/tasks/bulk/complete", Map.of("taskIds", List.of("x")))))
                .containsExactly("variables");

        Response made = session("sam.patel").post("/api/breach-reports", Map.of("subjectKind", "EMPLOYEE", "subject", "jo.evans",
                "clauses", List.of("B1.4-abuse"), "description", "Abusive replies", "postLinks", List.of("https://x.com/a/status/2")));
        String id = made.json().get("id").getStringValue();
        String triage = onlyTask(helen, "breach-investigation", id);
        Response tried = helen.post("/api/tasks/bulk/complete", Map.of("taskIds", List.of(triage),
                "variables", Map.of("triage", "noCase", "triageReason", "Not theirs")));
        assertThat(tried.status()).isEqualTo(200);
        assertThat(tried.json().get("done").size()).isZero();
        assertThat(tried.json().get("failed").get(0).get("reason").getStringValue())
                .isEqualTo("\"Triage the report\" is done one task at a time: open the task to do it.");
        assertThat(onlyTask(helen, "breach-investigation", id)).as("still waiting").isEqualTo(triage);
    }

    @Test
    void anAccessGrantsOwnTeamHoldsItWhileThePersonItIsForNeitherHoldsItNorReadsWhy() {
        Response made = session("jo.evans").post("/api/access-grants", Map.of("accountIds", List.of("6d1f0a52-0c55-4b5e-9d1a-000000000007"),
                "purpose", "Run the consultation", "intendedUse", "Two posts a week",
                "requestedEndDate", EngineClock.today().plusMonths(2).toString()));
        String id = made.json().get("id").getStringValue();
        String path = "/api/retention/cases/access-grant/" + id;
        assertThat(session("alex.morgan").get(path).json().get("mayPlaceHold").getBooleanValue()).isTrue();
        assertThat(session("jo.evans").get(path).json().get("mayPlaceHold").getBooleanValue()).isFalse();
        assertThat(session("sam.patel").get(path).status()).as("not his case").isEqualTo(404);
        Map<String, Object> hold = Map.of("caseType", "access-grant", "caseId", id, "reason", "Freedom of Information request");
        assertThat(session("jo.evans").post("/api/retention/holds", hold).status()).isEqualTo(403);
        assertThat(session("alex.morgan").post("/api/retention/holds", hold).status()).isEqualTo(201);
        assertThat(session("alex.morgan").get(path).json().get("holds").size()).isEqualTo(1);
        assertThat(session("jo.evans").get(path).json().get("holds").size()).as("why it is held is not hers to read").isZero();
        // Ends the request, so this class's other cases may ask for the same account.
        ApiSession tom = session("tom.hughes");
        complete(tom, onlyTask(tom, "access-grant", id), Map.of("endorsement", "decline", "reason", "Not this quarter"));
    }

    private static String ownTable(String kind) {
        return Map.of("account-request", "public.account_request", "access-grant", "public.access_grant",
                "breach-investigation", "public.breach_case", "member-harassment-report", "public.harassment_report",
                "access-certification", "public.certification_decision").get(kind);
    }

    /**
     * An account request refused, an access request not endorsed, a breach report closed at triage, a harassment report
     * closed, a certification campaign closed.
     */
    private List<Made> closedCaseOfEveryKind(String breachSubject, @Nullable String keptOutOfBreach) {
        return List.of(refusedAccountRequest(), accessNotEndorsed(), breachClosedAtTriage(breachSubject, keptOutOfBreach),
                harassmentClosed(), certificationClosed());
    }

    private Made certificationClosed() {
        String marker = marker();
        ApiSession alex = session("alex.morgan");
        Response started = alex.post("/api/certifications", Map.of());
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.json().get("id").getStringValue();
        Response decided = alex.put("/api/certifications/" + id + "/accounts/" + VISIT_CANNOCK_CHASE + "/decisions",
                Map.of("decisions", List.of(Map.of("username", "priya.shah", "decision", "KEEP", "justification", "Runs events " + marker))));
        assertThat(decided.status()).as(decided.body()).isEqualTo(204);
        // Its deadlines pass: the reminder, the escalation, then the default decision, which closes it.
        var campaign = runtime.createProcessInstanceQuery().processDefinitionKey("access-certification").variableValueEquals("caseId", id);
        for (int round = 0; round < 5 && campaign.count() > 0; round++) {
            campaign.list().forEach(instance -> management.createJobQuery().processInstanceId(instance.getId()).timers().list()
                    .forEach(job -> management.executeJob(job.getId())));
        }
        assertThat(campaign.count()).as("campaign closed").isZero();
        return new Made("access-certification", id, marker);
    }

    private Made refusedAccountRequest() {
        String marker = marker();
        Map<String, Object> request = SampleRequests.accountRequest("@Acct" + marker);
        @SuppressWarnings("unchecked")
        Map<String, Object> businessCase = new HashMap<>((Map<String, Object>) request.get("businessCase"));
        businessCase.replaceAll((field, text) -> text + " " + marker);
        request.put("businessCase", businessCase);
        Response made = session("priya.shah").post("/api/account-requests", request);
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String id = made.json().get("id").getStringValue();
        ApiSession alex = session("alex.morgan");
        addDocumentAndComment(alex, "account-request", id, marker);
        complete(alex, onlyTask(alex, "account-request", id), Map.of("decision", "reject", "reason", "Duplicates the corporate account " + marker));
        return new Made("account-request", id, marker);
    }

    private Made accessNotEndorsed() {
        String marker = marker();
        Response made = session("jo.evans").post("/api/access-grants", Map.of(
                "accountIds", List.of("6d1f0a52-0c55-4b5e-9d1a-000000000007"), "purpose", "Run the consultation " + marker,
                "intendedUse", "Two posts a week " + marker, "requestedEndDate", EngineClock.today().plusMonths(2).toString()));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String id = made.json().get("id").getStringValue();
        ApiSession tom = session("tom.hughes");
        addDocumentAndComment(tom, "access-grant", id, marker);
        complete(tom, onlyTask(tom, "access-grant", id), Map.of("endorsement", "decline", "reason", "Not this quarter " + marker));
        return new Made("access-grant", id, marker);
    }

    private Made breachClosedAtTriage(String subject, @Nullable String keptOut) {
        String marker = marker();
        Response made = session("sam.patel").post("/api/breach-reports", Map.of("subjectKind", "EMPLOYEE", "subject", subject,
                "clauses", List.of("B1.4-abuse"), "description", "Abusive replies " + marker,
                "postLinks", List.of("https://x.com/" + marker + "/status/2")));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String id = made.json().get("id").getStringValue();
        ApiSession helen = session("helen.carter");
        String casePath = "/api/cases/breach-investigation/" + id;
        Response post = helen.post(casePath + "/evidence", Map.of("platform", "X_TWITTER", "url", "https://x.com/" + marker + "/status/7",
                "authorHandle", "@h" + marker, "postedAt", "2026-11-03T21:15", "text", "The post " + marker));
        assertThat(post.status()).as(post.body()).isEqualTo(201);
        Response file = helen.upload(casePath + "/evidence/" + post.json().get("id").getStringValue() + "/files", Map.of(),
                List.of(pdf("screenshot-" + marker + ".pdf", marker)));
        assertThat(file.status()).as(file.body()).isEqualTo(201);
        addDocumentAndComment(helen, "breach-investigation", id, marker);
        if (keptOut != null) {
            assertThat(helen.post("/api/investigations/" + id + "/exclusions", Map.of("username", keptOut, "reason", "Friend " + marker))
                    .status()).isEqualTo(204);
        }
        complete(helen, onlyTask(helen, "breach-investigation", id), Map.of("triage", "noCase", "triageReason", "Not theirs " + marker));
        return new Made("breach-investigation", id, marker);
    }

    private Made harassmentClosed() {
        String marker = marker();
        Response made = session("cllr.jones").post("/api/harassment-reports", Map.of("platform", "X_TWITTER",
                "offendingAccounts", "@troll" + marker, "description", "Threats " + marker,
                "postLinks", List.of("https://x.com/" + marker + "/status/9"), "immediateDanger", false,
                "informGroupLeader", false, "policeTold", false));
        assertThat(made.status()).as(made.body()).isEqualTo(201);
        String id = made.json().get("id").getStringValue();
        ApiSession david = session("david.okafor");
        addDocumentAndComment(david, "member-harassment-report", id, marker);
        complete(david, onlyTask(david, "member-harassment-report", id), Map.of("riskLevel", "LOW", "actGroupLeader", false,
                "actPolice", false, "actSafety", false, "actWellbeing", false, "actPlatform", false, "triageNotes", "Watch " + marker));
        runTimers(id);
        ApiSession jones = session("cllr.jones");
        complete(jones, onlyTask(jones, "member-harassment-report", id), Map.of("followUpFeeling", "better", "moreHelp", "no",
                "followUpComments", "Quieter now " + marker));
        complete(david, onlyTask(david, "member-harassment-report", id), Map.of("closeDecision", "close", "outcome", "Resolved " + marker));
        return new Made("member-harassment-report", id, marker);
    }

    /** A case document with the marker in its name, description and body, and a comment on the case's open task. */
    private void addDocumentAndComment(ApiSession person, String kind, String id, String marker) {
        String casePath = "/api/cases/" + kind + "/" + id;
        Response document = person.upload(casePath + "/documents", Map.of("description", "Letter " + marker),
                List.of(pdf("letter-" + marker + ".pdf", marker)));
        assertThat(document.status()).as(document.body()).isEqualTo(201);
        Response comment = person.post("/api/tasks/" + onlyTask(person, kind, id) + "/comments", Map.of("message", "Checked " + marker));
        assertThat(comment.status()).as(comment.body()).isEqualTo(201);
    }

    /** Moves the clock past every case's disposal date and runs the retention timers; answers the authorisation tasks offered. */
    private List<String> periodsEnd(List<Made> cases) {
        LocalDate latest = EngineClock.today();
        List<String> ids = cases.stream().map(Made::id).toList();
        for (JsonNode entry : session("mark.wilson").get("/api/retention/schedule").json().get("items").values()) {
            if (ids.contains(entry.get("caseId").getStringValue())) {
                LocalDate due = LocalDate.parse(entry.get("disposeOn").getStringValue());
                latest = latest.isAfter(due) ? latest : due;
            }
        }
        ClockUtil.setCurrentTime(Date.from(latest.plusDays(1).atTime(10, 0).atZone(EngineClock.UK).toInstant()));
        List<String> offered = new ArrayList<>();
        for (Made made : cases) {
            String instance = runtime.createProcessInstanceQuery().processDefinitionKey("evidence-retention")
                    .variableValueEquals("caseId", made.id()).singleResult().getId();
            management.createJobQuery().processInstanceId(instance).timers().list().forEach(job -> management.executeJob(job.getId()));
            tasks.createTaskQuery().processInstanceId(instance).list().forEach(task -> offered.add(task.getId()));
        }
        return offered;
    }

    private void runTimers(String caseId) {
        runtime.createProcessInstanceQuery().variableValueEquals("caseId", caseId).list().forEach(instance ->
                management.createJobQuery().processInstanceId(instance.getId()).timers().list()
                        .forEach(job -> management.executeJob(job.getId())));
    }

    /**
     * Every table, read as pg_dump reads it (COPY … TO STDOUT, with bytea written as hex), that holds the marker as
     * text or as bytes.
     */
    private List<String> tablesHolding(String marker) {
        String hex = HexFormat.of().formatHex(marker.getBytes(StandardCharsets.UTF_8));
        return transactions.executeRead(status -> {
            List<String> found = new ArrayList<>();
            try {
                Connection connection = status.getConnection();
                List<String> tables = new ArrayList<>();
                try (var statement = connection.createStatement();
                     var rows = statement.executeQuery("select schemaname || '.' || tablename from pg_tables"
                             + " where schemaname not in ('pg_catalog', 'information_schema') order by 1")) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables) {
                    StringWriter dump = new StringWriter();
                    copy.copyOut("copy " + table + " to stdout", dump);
                    if (dump.toString().contains(marker) || dump.toString().contains(hex)) {
                        found.add(table);
                    }
                }
            } catch (SQLException | java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            return found;
        });
    }

    private String onlyTask(ApiSession person, String kind, String id) {
        List<String> open = new ArrayList<>();
        person.get("/api/cases/" + kind + "/" + id).json().get("tasks").values().forEach(task -> {
            if (task.get("mayOpen").getBooleanValue()) {
                open.add(task.get("id").getStringValue());
            }
        });
        assertThat(open).as("%s's open task on %s", person, kind).hasSize(1);
        return open.get(0);
    }

    private static void complete(ApiSession person, String taskId, Map<String, Object> variables) {
        Response done = person.post("/api/tasks/" + taskId + "/complete", Map.of("variables", new LinkedHashMap<>(variables)));
        assertThat(done.status()).as(done.body()).isEqualTo(204);
    }

    private static FilePart pdf(String name, String marker) {
        return new FilePart("file", name, "application/pdf",
                ("%PDF-1.7\n% " + marker + "\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static String marker() {
        return "MARK" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
    }

    private ApiSession session(String username) {
        return ApiSession.signedIn(server, json, username);
    }
}
