package uk.gov.council.socialgov.investigations;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.gov.council.socialgov.evidence.Evidence;
import uk.gov.council.socialgov.evidence.EvidenceItem;
import uk.gov.council.socialgov.evidence.NewPost;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.retention.Retention;
import uk.gov.council.socialgov.retention.RetentionStatus;
import uk.gov.council.socialgov.testing.Refusals;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.Actor;

import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/**
 * Every outcome of processes/breach-investigation.bpmn on the real engine and database, the retention
 * period the DMN gives each, and disposal with legal holds; timers by moving the engine's clock.
 */
@MicronautTest(transactional = false)
class BreachInvestigationProcessTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @Inject ProcessEngine engine;
    @Inject Investigations investigations;
    @Inject BreachCaseStore store;
    @Inject Evidence evidence;
    @Inject Retention retention;
    @Inject IdentityService identity;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    private final CurrentUser sam = person("sam.patel", "staff");
    private final CurrentUser alex = person("alex.morgan", "staff", "comms");
    private final CurrentUser helen = person("helen.carter", "staff", "hr");
    private final CurrentUser gary = person("gary.lewis", "staff", "hr");
    private final CurrentUser david = person("david.okafor", "staff", "monitoring-officer");
    private final CurrentUser priya = person("priya.shah", "staff", "service-managers");
    private final CurrentUser mark = person("mark.wilson", "staff", "information-manager");

    @BeforeEach
    void startOnAKnownDay() {
        init(engine);
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T10:00:00Z")));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anEmployeeReportGoesToHrAndTheLineManagerIsToldOnlyTheFact() {
        ProcessInstance instance = reportAboutEmployee(alex, "jo.evans");

        assertThat(instance).isWaitingAt("UserTask_Triage");
        assertThat(task(instance)).hasCandidateGroup("hr").hasName("Triage the report");
        String reference = breachCase(instance).reference();
        Assertions.assertThat(emailsTo("tom.hughes")).filteredOn(email -> email.contains(reference)).singleElement().satisfies(email -> {
            Assertions.assertThat(email).contains("HR has a report about someone you manage").contains("Jo Evans");
            Assertions.assertThat(email).doesNotContain("Shared a resident's address");
        });
    }

    @Test
    void theSubjectsLineManagerInTheDirectoryIsToldAndAReportAboutSomeoneWithoutOneIsStillRouted() {
        ProcessInstance aboutSam = reportAboutEmployee(alex, "sam.patel");
        String samsReference = breachCase(aboutSam).reference();
        Assertions.assertThat(breachCase(aboutSam).reported().lineManager()).isEqualTo("priya.shah");
        Assertions.assertThat(emailsTo("priya.shah")).filteredOn(email -> email.contains(samsReference)).singleElement()
                .satisfies(email -> Assertions.assertThat(email).contains("HR has a report about someone you manage").contains("Sam Patel"));
        Assertions.assertThat(emailsTo("tom.hughes")).filteredOn(email -> email.contains(samsReference)).isEmpty();

        ProcessInstance aboutLinda = reportAboutEmployee(alex, "linda.price"); // heads Internal Audit: no line manager
        assertThat(aboutLinda).isWaitingAt("UserTask_Triage");
        Assertions.assertThat(breachCase(aboutLinda).reported().lineManager()).isNull();
    }

    @Test
    void noCaseToAnswerClosesTheCaseAndKeepsItsEvidenceForAYear() {
        ProcessInstance instance = reportAboutEmployee(sam, "jo.evans");

        completeAs(helen, instance, Map.of("triage", "noCase", "triageReason", "The post was about another council"));

        BreachCase closed = breachCase(instance);
        Assertions.assertThat(closed.status()).isEqualTo(BreachStatus.CLOSED);
        Assertions.assertThat(closed.closure().outcome()).isEqualTo(BreachOutcome.NO_CASE_TO_ANSWER);
        assertRetention(closed, "No case to answer: 1 year after closure", LocalDate.of(2027, 12, 1));
        assertThat(instance).hasPassed("BusinessRuleTask_Retention", "ServiceTask_Close").isEnded();
    }

    @Test
    void anInformalResolutionIsRecordedAndKeptForTwoYears() {
        ProcessInstance instance = reportAboutEmployee(sam, "jo.evans");
        completeAs(helen, instance, Map.of("triage", "informal", "triageReason", "A first, minor lapse"));
        Assertions.assertThat(breachCase(instance).status()).isEqualTo(BreachStatus.INFORMAL_RESOLUTION);
        assertThat(task(instance)).hasName("Resolve the case informally");

        completeAs(helen, instance, Map.of("outcomeDetail", "Jo removed the post and will not repeat it", "employeeToldInWriting", true));

        BreachCase closed = breachCase(instance);
        Assertions.assertThat(closed.closure().outcome()).isEqualTo(BreachOutcome.INFORMAL_ACTION);
        Assertions.assertThat(closed.closure().outcomeDetail()).isEqualTo("Jo removed the post and will not repeat it");
        assertRetention(closed, "No formal finding: 2 years after closure", LocalDate.of(2028, 12, 1));
    }

    @Test
    void aFormalInvestigationOfAnEmployeeEndsInDisciplinaryActionKeptForSixYears() {
        ProcessInstance instance = reportAboutEmployee(alex, "jo.evans");

        for (String involved : List.of("jo.evans", "alex.morgan")) {
            InvalidRequestException refused = Refusals.of(() -> completeAs(helen, instance, formal(involved, "2026-12-15")));
            Assertions.assertThat(refused.errors()).extracting(FieldError::field).containsExactly("investigator");
        }
        InvalidRequestException pastDue = Refusals.of(() -> completeAs(helen, instance, formal("gary.lewis", "2026-11-30")));
        Assertions.assertThat(pastDue.errors()).extracting(FieldError::field).containsExactly("investigationDue");
        assertThat(instance).isWaitingAt("UserTask_Triage");
        Assertions.assertThat(breachCase(instance).routing().investigator()).isNull();

        completeAs(helen, instance, formal("gary.lewis", "2026-12-15"));
        BreachCase investigating = breachCase(instance);
        Assertions.assertThat(investigating.status()).isEqualTo(BreachStatus.UNDER_INVESTIGATION);
        Assertions.assertThat(investigating.routing().investigationDue()).isEqualTo(LocalDate.of(2026, 12, 15));
        assertThat(task(instance)).isAssignedTo("gary.lewis").hasName("Investigate and report");

        moveTo("2026-12-15T17:00:01Z", instance); // 5pm on the due date, GMT
        assertThat(instance).hasPassed("ServiceTask_ChaseInvestigation").isWaitingAt("UserTask_Investigate");
        Assertions.assertThat(emailsTo("helen.carter")).anyMatch(email -> email.contains("is overdue"));

        completeAs(gary, instance, Map.of("findings", "Jo posted a resident's address on 3 November",
                "remedialActions", "Asked Jo to remove the post; it was removed on 4 November"));
        BreachCase decided = breachCase(instance);
        Assertions.assertThat(decided.status()).isEqualTo(BreachStatus.AWAITING_DECISION);
        List<BreachCaseStore.Note> notes = transactions.executeRead(s -> store.notes(decided.id()));
        Assertions.assertThat(notes).singleElement()
                .satisfies(note -> Assertions.assertThat(note.kind()).isEqualTo("REMEDIAL_ACTION"));
        assertThat(task(instance)).hasCandidateGroup("hr").hasName("Decide the outcome");

        Map<String, Object> outcome = new HashMap<>(Map.of("outcome", "DISCIPLINARY_ACTION", "outcomeDetail", "A written warning",
                "employeeToldInWriting", true));
        InvalidRequestException noReference = Refusals.of(() -> completeAs(helen, instance, outcome));
        Assertions.assertThat(noReference.errors()).extracting(FieldError::field).containsExactly("disciplinaryReference");

        outcome.put("disciplinaryReference", "DP-2026-014");
        completeAs(helen, instance, outcome);
        BreachCase closed = breachCase(instance);
        Assertions.assertThat(closed.closure().outcome()).isEqualTo(BreachOutcome.DISCIPLINARY_ACTION);
        Assertions.assertThat(closed.closure().disciplinaryReference()).isEqualTo("DP-2026-014");
        assertRetention(closed, "Formal disciplinary action: 6 years after closure", LocalDate.of(2032, 12, 15));
    }

    @Test
    void aMemberReportReferredToThePoliceIsKeptForSevenYears() {
        ProcessInstance instance = reportAboutMember(sam, "cllr.jones");
        assertThat(task(instance)).hasCandidateGroup("monitoring-officer").hasName("Make the initial assessment");
        String reference = breachCase(instance).reference();
        Assertions.assertThat(strings("select subject from notification where subject like ?", "%" + reference + "%")).isEmpty();

        completeAs(david, instance, Map.of("assessment", "police", "assessmentReason", "A threat of violence",
                "crimeReference", "SP-2026-1187"));

        BreachCase closed = breachCase(instance);
        Assertions.assertThat(closed.closure().outcome()).isEqualTo(BreachOutcome.REFERRED_TO_POLICE);
        Assertions.assertThat(closed.closure().crimeReference()).isEqualTo("SP-2026-1187");
        assertRetention(closed, "Referred to the police: 7 years after closure", LocalDate.of(2033, 12, 1));
    }

    @Test
    void aMemberReportReferredToTheGroupLeaderIsClosedWithoutInvestigation() {
        ProcessInstance instance = reportAboutMember(sam, "cllr.jones");

        completeAs(david, instance, Map.of("assessment", "groupLeader", "assessmentReason", "A first lapse, best dealt with by the group"));

        BreachCase closed = breachCase(instance);
        Assertions.assertThat(closed.closure().outcome()).isEqualTo(BreachOutcome.REFERRED_TO_GROUP_LEADER);
        Assertions.assertThat(closed.routing().route()).isEqualTo("groupLeader");
        assertThat(instance).hasNotPassed("UserTask_Investigate").isEnded();
        assertRetention(closed, "No formal finding: 2 years after closure", LocalDate.of(2028, 12, 1));
    }

    @Test
    void anInvestigatedMemberIsHeardByTheStandardsCommitteeAfterTheIndependentPersonsView() {
        ProcessInstance instance = investigatedMember();
        assertThat(task(instance)).hasName("Record the Independent Person's view");
        completeAs(david, instance, Map.of("consultedOn", "2027-01-05", "independentPersonView", "A breach of the Code"));
        Assertions.assertThat(breachCase(instance).hearing().independentPersonView()).isEqualTo("A breach of the Code");

        completeAs(david, instance, Map.of("finding", "BREACH_FOUND", "outcomeDetail", "Offensive comments about residents"));
        Assertions.assertThat(breachCase(instance).status()).isEqualTo(BreachStatus.AWAITING_HEARING);
        assertThat(task(instance)).hasName("Record the Standards Committee hearing");

        Map<String, Object> hearing = new HashMap<>(Map.of("hearingDate", "2027-02-10", "hearingDecision", "upheld",
                "outcomeDetail", "The panel found a breach of the Code"));
        InvalidRequestException noSanction = Refusals.of(() -> completeAs(david, instance, hearing));
        Assertions.assertThat(noSanction.errors()).extracting(FieldError::field).containsExactly("sanction");

        hearing.put("sanction", "Censure, and training on social media");
        completeAs(david, instance, hearing);
        BreachCase closed = breachCase(instance);
        Assertions.assertThat(closed.closure().outcome()).isEqualTo(BreachOutcome.BREACH_FOUND);
        Assertions.assertThat(closed.hearing().hearingDate()).isEqualTo(LocalDate.of(2027, 2, 10));
        Assertions.assertThat(closed.hearing().sanction()).isEqualTo("Censure, and training on social media");
        assertRetention(closed, "Code of Conduct breach found: 6 years after closure", LocalDate.of(2032, 12, 1));
    }

    @Test
    void anInvestigatedMemberFoundNotInBreachIsKeptForTwoYears() {
        ProcessInstance instance = investigatedMember();
        completeAs(david, instance, Map.of("consultedOn", "2027-01-05", "independentPersonView", "No breach"));

        completeAs(david, instance, Map.of("finding", "NO_BREACH_FOUND", "outcomeDetail", "Robust but not offensive"));

        BreachCase closed = breachCase(instance);
        Assertions.assertThat(closed.closure().outcome()).isEqualTo(BreachOutcome.NO_BREACH_FOUND);
        assertThat(instance).hasNotPassed("UserTask_Hearing").isEnded();
        assertRetention(closed, "No formal finding: 2 years after closure", LocalDate.of(2028, 12, 1));
    }

    /** Every other way a case can end, with the retention rule the table picks for it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("otherEndings")
    void everyOtherEndingIsRecordedWithItsRetentionRule(String path, BreachOutcome outcome, String rule, LocalDate disposeOn) {
        ProcessInstance instance = switch (path) {
            case "councillor, no action", "councillor, other action" -> {
                ProcessInstance member = reportAboutMember(sam, "cllr.jones");
                completeAs(david, member, Map.of("assessment", path.endsWith("no action") ? "noAction" : "otherAction",
                        "assessmentReason", "Reasons"));
                yield member;
            }
            case "councillor investigated, referred to the police" -> {
                ProcessInstance member = investigatedMember();
                completeAs(david, member, Map.of("consultedOn", "2026-12-02", "independentPersonView", "A matter for the police"));
                completeAs(david, member, Map.of("finding", "REFERRED_TO_POLICE", "outcomeDetail", "Threats", "crimeReference", "SP-1"));
                yield member;
            }
            case "councillor heard, not upheld" -> {
                ProcessInstance member = investigatedMember();
                completeAs(david, member, Map.of("consultedOn", "2026-12-02", "independentPersonView", "A breach"));
                completeAs(david, member, Map.of("finding", "BREACH_FOUND", "outcomeDetail", "Offensive"));
                completeAs(david, member, Map.of("hearingDate", "2026-12-03", "hearingDecision", "notUpheld",
                        "outcomeDetail", "The panel found no breach"));
                yield member;
            }
            default -> {
                ProcessInstance employee = reportAboutEmployee(sam, "jo.evans");
                completeAs(helen, employee, formal("gary.lewis", "2026-12-15"));
                completeAs(gary, employee, Map.of("findings", "What happened"));
                Map<String, Object> decision = new HashMap<>(Map.of("outcome", outcome.name(), "outcomeDetail", "Reasons",
                        "employeeToldInWriting", true, "disciplinaryReference", "DP-1"));
                if (path.contains("crime reference")) {
                    decision.put("crimeReference", "SP-2");
                }
                completeAs(helen, employee, decision);
                yield employee;
            }
        };
        BreachCase closed = breachCase(instance);
        Assertions.assertThat(closed.closure().outcome()).isEqualTo(outcome);
        assertRetention(closed, rule, disposeOn);
    }

    static Stream<Arguments> otherEndings() {
        return Stream.of(
                Arguments.of("councillor, no action", BreachOutcome.NO_ACTION, "No case to answer: 1 year after closure", LocalDate.of(2027, 12, 1)),
                Arguments.of("councillor, other action", BreachOutcome.OTHER_ACTION, "No formal finding: 2 years after closure", LocalDate.of(2028, 12, 1)),
                Arguments.of("councillor investigated, referred to the police", BreachOutcome.REFERRED_TO_POLICE,
                        "Referred to the police: 7 years after closure", LocalDate.of(2033, 12, 1)),
                Arguments.of("councillor heard, not upheld", BreachOutcome.NO_BREACH_FOUND, "No formal finding: 2 years after closure", LocalDate.of(2028, 12, 1)),
                Arguments.of("employee investigated, no further action", BreachOutcome.NO_FURTHER_ACTION,
                        "No formal finding: 2 years after closure", LocalDate.of(2028, 12, 1)),
                Arguments.of("employee investigated, informal action", BreachOutcome.INFORMAL_ACTION,
                        "No formal finding: 2 years after closure", LocalDate.of(2028, 12, 1)),
                Arguments.of("employee investigated, referred to the police", BreachOutcome.REFERRED_TO_POLICE,
                        "Referred to the police: 7 years after closure", LocalDate.of(2033, 12, 1)),
                Arguments.of("employee disciplined, with a crime reference", BreachOutcome.DISCIPLINARY_ACTION,
                        "Referred to the police: 7 years after closure", LocalDate.of(2033, 12, 1)));
    }

    @Test
    void evidenceIsDestroyedAfterItsPeriodOnlyOnceEveryLegalHoldIsReleasedAndTheTombstoneRemains() {
        ProcessInstance instance = reportAboutEmployee(sam, "jo.evans");
        BreachCase reported = breachCase(instance);
        String caseId = reported.id().toString();
        EvidenceItem post = keepPost(caseId);
        completeAs(helen, instance, Map.of("triage", "noCase", "triageReason", "Not connected with Jo's work"));
        ProcessInstance kept = retentionProcess(caseId);
        assertThat(kept).isWaitingAt("TimerEvent_PeriodEnds");

        var firstHold = transactions.executeWrite(s -> retention.place(Investigations.CASE_TYPE, caseId, "Employment tribunal claim", helen));
        moveTo("2027-12-01T09:00:01Z", kept); // 9am (GMT) on the disposal date
        assertThat(kept).isWaitingAt("MessageEvent_Released");
        Assertions.assertThat(retention.entry(Investigations.CASE_TYPE, caseId).orElseThrow().status()).isEqualTo(RetentionStatus.ON_HOLD);

        transactions.executeWrite(s -> retention.release(firstHold.id(), "The claim was withdrawn", mark));
        assertThat(kept).isWaitingAt("UserTask_Authorise");
        assertThat(task(kept)).hasCandidateGroup("information-manager");
        Assertions.assertThat(retention.entry(Investigations.CASE_TYPE, caseId).orElseThrow().status()).isEqualTo(RetentionStatus.DUE);

        var lateHold = transactions.executeWrite(s -> retention.place(Investigations.CASE_TYPE, caseId, "Subject access request", mark));
        completeAs(mark, kept, Map.of("disposalAuthorised", true));
        assertThat(kept).hasPassed("BoundaryEvent_HoldPlaced").isWaitingAt("MessageEvent_Released");
        Assertions.assertThat(strings("select url from evidence_item where id = ?", post.id())).containsExactly("https://x.com/jo/status/1");

        transactions.executeWrite(s -> retention.release(lateHold.id(), "Answered", mark));
        completeAs(mark, kept, Map.of("disposalAuthorised", true));

        assertThat(kept).hasPassed("ServiceTask_Destroy").isEnded();
        Assertions.assertThat(retention.entry(Investigations.CASE_TYPE, caseId).orElseThrow().status()).isEqualTo(RetentionStatus.DISPOSED);
        Assertions.assertThat(strings("select coalesce(url, 'gone') || ' ' || coalesce(post_text, 'gone') || ' ' || record_sha256 "
                + "from evidence_item where id = ?", post.id())).containsExactly("gone gone " + post.recordSha256());
        Assertions.assertThat(strings("select coalesce(encode(content, 'hex'), 'gone') || ' ' || sha256 from evidence_file where item_id = ?",
                post.id())).containsExactly("gone " + post.files().get(0).sha256());
        // The whole case goes (decision 0027): the records counted are the post and every row destroyed with the case.
        Assertions.assertThat(strings("select authorised_by || ' ' || file_count || ' ' || (item_count > 1) || ' ' || manifest "
                + "from disposal_record where case_id = ?", caseId)).singleElement().satisfies(record -> Assertions.assertThat(record)
                .startsWith("mark.wilson 1 true ").contains(post.recordSha256()).contains(post.files().get(0).sha256())
                .contains("breach_case: 1 row, SHA-256 "));
        Assertions.assertThat(strings("select id::text from breach_case where id = ?::uuid", caseId)).isEmpty();
    }

    private EvidenceItem keepPost(String caseId) {
        return transactions.executeWrite(s -> {
            EvidenceItem draft = evidence.add(Investigations.CASE_TYPE, caseId, new NewPost("X_TWITTER", "https://x.com/jo/status/1",
                    "@jo_private", "2026-11-30T21:15", "Shared a resident's address"), gary);
            evidence.addFile(Investigations.CASE_TYPE, caseId, draft.id(), "screenshot.png", PNG, gary);
            return evidence.seal(Investigations.CASE_TYPE, caseId, draft.id(), gary);
        });
    }

    private ProcessInstance investigatedMember() {
        ProcessInstance instance = reportAboutMember(sam, "cllr.jones");
        completeAs(david, instance, Map.of("assessment", "formal", "assessmentReason", "Needs the facts established",
                "investigator", "priya.shah", "investigationDue", "2026-12-20"));
        assertThat(task(instance)).isAssignedTo("priya.shah");
        completeAs(priya, instance, Map.of("findings", "The councillor posted the comments"));
        return instance;
    }

    private static Map<String, Object> formal(String investigator, String due) {
        return Map.of("triage", "formal", "triageReason", "Needs the facts established", "investigator", investigator,
                "investigationDue", due, "employeeToldInWriting", true);
    }

    private void assertRetention(BreachCase closed, String rule, LocalDate disposeOn) {
        Assertions.assertThat(closed.status()).isEqualTo(BreachStatus.CLOSED);
        Retention.Entry entry = retention.entry(Investigations.CASE_TYPE, closed.id().toString()).orElseThrow();
        Assertions.assertThat(entry.retentionRule()).isEqualTo(rule);
        Assertions.assertThat(entry.disposeOn()).isEqualTo(disposeOn);
        Assertions.assertThat(entry.status()).isEqualTo(RetentionStatus.RETAINED);
        assertThat(retentionProcess(closed.id().toString())).isWaitingAt("TimerEvent_PeriodEnds");
    }

    private ProcessInstance reportAboutEmployee(CurrentUser reporter, String employee) {
        return report(reporter, new ReportBreach("EMPLOYEE", employee, List.of("B1.4-abuse"),
                "Shared a resident's address in a reply", List.of("https://x.com/jo/status/1")));
    }

    private ProcessInstance reportAboutMember(CurrentUser reporter, String member) {
        return report(reporter, new ReportBreach("MEMBER", member, List.of("C2.12"), "Offensive comments about residents",
                List.of("https://facebook.com/cllr/posts/9")));
    }

    private ProcessInstance report(CurrentUser reporter, ReportBreach form) {
        BreachCase found = transactions.executeWrite(s -> investigations.report(form, reporter, null));
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(found.processInstanceId()).singleResult();
    }

    private ProcessInstance retentionProcess(String caseId) {
        return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("evidence-retention")
                .variableValueEquals("caseId", caseId).singleResult();
    }

    private BreachCase breachCase(ProcessInstance instance) {
        String id = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("caseId").singleResult().getValue();
        return transactions.executeRead(s -> store.find(java.util.UUID.fromString(id)).orElseThrow());
    }

    private void moveTo(String instant, ProcessInstance instance) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
        engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }

    private void completeAs(CurrentUser user, ProcessInstance instance, Map<String, Object> variables) {
        Task waiting = task(instance);
        transactions.executeWrite(status -> Actor.runAs(identity, user.username(), user.groupList(), () -> {
            engine.getTaskService().complete(waiting.getId(), new HashMap<>(variables));
            return null;
        }));
    }

    private List<String> emailsTo(String username) {
        return strings("select subject || ' ' || text_body from notification where recipient = ?", username);
    }

    private List<String> strings(String sql, Object parameter) {
        return transactions.executeRead(status -> jdbc.prepareStatement(sql, s -> {
            s.setObject(1, parameter);
            List<String> found = new ArrayList<>();
            try (ResultSet row = s.executeQuery()) {
                while (row.next()) {
                    found.add(row.getString(1));
                }
            }
            return found;
        }));
    }

    private static CurrentUser person(String username, String... groups) {
        return new CurrentUser(username, username, Set.of(groups));
    }
}
