package uk.gov.council.socialgov.access;

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
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.testing.Refusals;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

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
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** Every path through processes/access-grant.bpmn on the real engine and database; timers by moving the engine's clock. */
@MicronautTest(transactional = false)
class AccessGrantProcessTest {

    static final UUID CORPORATE_X = UUID.fromString("6d1f0a52-0c55-4b5e-9d1a-000000000001");
    static final UUID CORPORATE_INSTAGRAM = UUID.fromString("6d1f0a52-0c55-4b5e-9d1a-000000000005");
    static final UUID VISIT_CANNOCK_CHASE = UUID.fromString("6d1f0a52-0c55-4b5e-9d1a-000000000010");

    @Inject ProcessEngine engine;
    @Inject AccessGrantService service;
    @Inject AccessGrantStore grants;
    @Inject GrantRecordStore records;
    @Inject IdentityService identity;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    private final CurrentUser sam = new CurrentUser("sam.patel", "Sam Patel", Set.of("staff"));
    private final CurrentUser priya = new CurrentUser("priya.shah", "Priya Shah", Set.of("staff", "service-managers"));
    private final CurrentUser alex = new CurrentUser("alex.morgan", "Alex Morgan", Set.of("staff", "comms"));
    private final CurrentUser tom = new CurrentUser("tom.hughes", "Tom Hughes", Set.of("staff", "service-managers"));
    private final CurrentUser david = new CurrentUser("david.okafor", "David Okafor", Set.of("staff", "monitoring-officer"));

    @BeforeEach
    void useTheApplicationsEngine() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void aRequestTheLineManagerDoesNotEndorseEnds() {
        ProcessInstance instance = request("jo.evans", CORPORATE_X);
        assertThat(task(instance)).isAssignedTo("tom.hughes").hasName("Endorse the request for access");

        completeAs(tom, instance, Map.of("endorsement", "decline", "reason", "Not part of Jo's role"));

        assertThat(instance).hasPassed("EndEvent_NotEndorsed").isEnded();
        AccessGrant grant = grant(instance);
        Assertions.assertThat(grant.getStatus()).isEqualTo(AccessGrantStatus.NOT_ENDORSED);
        Assertions.assertThat(grant.getDecisionReason()).isEqualTo("Not part of Jo's role");
    }

    @Test
    void aRequestTheCommunicationsTeamRejectsEnds() {
        ProcessInstance instance = request("jo.evans", CORPORATE_X);
        completeAs(tom, instance, Map.of("endorsement", "endorse"));
        assertThat(task(instance)).hasCandidateGroup("comms");

        completeAs(alex, instance, Map.of("decision", "reject", "reason", "The events team posts these"));

        assertThat(instance).hasPassed("EndEvent_Rejected").isEnded();
        Assertions.assertThat(grant(instance).getStatus()).isEqualTo(AccessGrantStatus.REJECTED);
    }

    @Test
    void anEndDateBeyondTheLongestAllowedIsRefusedAndChangesNothing() {
        ProcessInstance instance = request("mark.wilson", CORPORATE_X);
        completeAs(david, instance, Map.of("endorsement", "endorse"));

        InvalidRequestException refused = Refusals.of(() -> completeAs(alex, instance, Map.of("decision", "approve",
                "agreedEndDate", EngineClock.today().plusMonths(13).toString())));

        Assertions.assertThat(refused.errors()).extracting(FieldError::field).containsExactly("agreedEndDate");
        assertThat(instance).isWaitingAt("UserTask_DecideAccess");
        Assertions.assertThat(grant(instance).getStatus()).isEqualTo(AccessGrantStatus.ENDORSED);
    }

    @Test
    void signedThenGivenThenRemindedReviewedExtendedWithNewTermsAndRemoved() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T10:00:00Z")));
        ProcessInstance instance = request("sam.patel", CORPORATE_X, CORPORATE_INSTAGRAM);
        UUID id = grant(instance).getId();
        completeAs(priya, instance, Map.of("endorsement", "endorse"));
        completeAs(alex, instance, Map.of("decision", "approve", "agreedEndDate", "2027-02-01",
                "specificTerms", "Post only about business events"));
        assertThat(instance).isWaitingAt("UserTask_SignStatement");
        assertThat(task(instance)).isAssignedTo("sam.patel");
        Assertions.assertThat(openPeriods(id)).isEmpty(); // nothing before the statement is signed

        completeAs(sam, instance, Map.of("signed", true));
        Statement signed = Statement.forTerms("Post only about business events");
        Assertions.assertThat(signatures(id)).singleElement().satisfies(signature -> {
            Assertions.assertThat(signature.statementVersion()).isEqualTo(Statement.VERSION);
            Assertions.assertThat(signature.statementSha256()).isEqualTo(GrantRecordStore.sha256(signed.text()));
            Assertions.assertThat(signature.signedBy()).isEqualTo("sam.patel");
        });
        Assertions.assertThat(signedText(id)).endsWith("also asks:\nPost only about business events");
        assertThat(instance).isWaitingAt("UserTask_GiveAccess");
        Assertions.assertThat(openPeriods(id)).isEmpty();

        completeAs(alex, instance, Map.of("accessGiven", true));
        Assertions.assertThat(grant(instance).getStatus()).isEqualTo(AccessGrantStatus.ACTIVE);
        Assertions.assertThat(openPeriods(id)).containsExactlyInAnyOrder(CORPORATE_X + " sam.patel 2026-11-02",
                CORPORATE_INSTAGRAM + " sam.patel 2026-11-02");
        assertThat(instance).isWaitingAt("TimerEvent_Reminder");

        moveTo("2027-01-25T09:00:01Z", instance); // seven days before 1 February, 9am (GMT)
        assertThat(instance).hasPassed("ServiceTask_RemindEnding").isWaitingAt("TimerEvent_EndDate");
        Assertions.assertThat(subjectsSentTo("sam.patel")).contains("Your access to the council's corporate accounts ends on 1 February 2027");

        moveTo("2027-02-01T09:00:01Z", instance);
        assertThat(instance).isWaitingAt("UserTask_ReviewAccess");
        completeAs(alex, instance, Map.of("review", "extend", "newEndDate", "2027-05-01",
                "specificTerms", "Post only about business events and markets", "reason", "The events programme runs to May"));
        assertThat(instance).hasPassed("ServiceTask_ExtendAccess").isWaitingAt("UserTask_SignStatement");
        Assertions.assertThat(grant(instance).getStatus()).isEqualTo(AccessGrantStatus.ACTIVE);
        completeAs(sam, instance, Map.of("signed", true));
        Assertions.assertThat(signatures(id)).hasSize(2);
        assertThat(instance).isWaitingAt("TimerEvent_Reminder"); // not given access a second time

        moveTo("2027-05-01T08:00:01Z", instance); // 9am British Summer Time: reminder and review both due
        moveTo("2027-05-01T08:00:02Z", instance);
        assertThat(instance).isWaitingAt("UserTask_ReviewAccess");
        completeAs(alex, instance, Map.of("review", "remove", "reason", "The events programme has ended"));

        AccessGrant removed = grant(instance);
        Assertions.assertThat(removed.getStatus()).isEqualTo(AccessGrantStatus.REVOKED);
        Assertions.assertThat(removed.getEndReason()).isEqualTo("The events programme has ended");
        Assertions.assertThat(openPeriods(id)).isEmpty();
        Assertions.assertThat(periodsEnding(id)).containsOnly(LocalDate.of(2027, 5, 1));
        assertThat(instance).isWaitingAt("UserTask_ChangePasswords");
        completeAs(alex, instance, Map.of("passwordsChanged", true));
        assertThat(instance).hasPassed("EndEvent_AccessEnded").isEnded();
    }

    @Test
    void accessNobodyReviewsIsRemovedFiveWorkingDaysAfterItsEndDate() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T10:00:00Z")));
        ProcessInstance instance = request("sam.patel", CORPORATE_X);
        UUID id = grant(instance).getId();
        give(instance, "2026-12-18"); // a Friday: the five working days skip Christmas

        moveTo("2026-12-11T09:00:01Z", instance);
        moveTo("2026-12-18T09:00:01Z", instance);
        assertThat(instance).isWaitingAt("UserTask_ReviewAccess");
        moveTo("2026-12-29T08:59:59Z", instance);
        assertThat(instance).isWaitingAt("UserTask_ReviewAccess"); // 21, 22, 23, 24, 29 December: not yet 9am
        moveTo("2026-12-29T09:00:01Z", instance);

        assertThat(instance).hasPassed("BoundaryEvent_NotReviewed", "ServiceTask_ExpireAccess").isWaitingAt("UserTask_ChangePasswords");
        Assertions.assertThat(grant(instance).getStatus()).isEqualTo(AccessGrantStatus.EXPIRED);
        Assertions.assertThat(openPeriods(id)).isEmpty();
    }

    @Test
    void theCommunicationsTeamRemovesAccessEarlyWithOrWithoutAPasswordChange() {
        ProcessInstance given = request("sam.patel", CORPORATE_X);
        give(given, EngineClock.today().plusMonths(2).toString());
        AccessGrantView.Details removed = service.remove(grant(given).getId(), "Posted a political opinion", alex);
        Assertions.assertThat(removed.status()).isEqualTo(AccessGrantStatus.REVOKED);
        Assertions.assertThat(removed.mayRemove()).isFalse();
        assertThat(given).hasPassed("ServiceTask_RemoveEarly").isWaitingAt("UserTask_ChangePasswordsEarly");
        Assertions.assertThat(openPeriods(grant(given).getId())).isEmpty();

        ProcessInstance approved = request("jo.evans", CORPORATE_INSTAGRAM);
        completeAs(tom, approved, Map.of("endorsement", "endorse"));
        completeAs(alex, approved, Map.of("decision", "approve", "agreedEndDate", EngineClock.today().plusMonths(1).toString()));
        service.remove(grant(approved).getId(), "No longer needed", alex);
        assertThat(approved).hasPassed("EndEvent_StoppedBeforeAccess").isEnded();
    }

    @Test
    void theRequestNeedsSomeoneInTheDirectoryToEndorseItAndCorporateAccountsNotAlreadyGranted() {
        // Helen Carter heads Human Resources and has no line manager: nobody but herself could endorse it.
        CurrentUser helen = new CurrentUser("helen.carter", "Helen Carter", Set.of("staff", "hr"));
        InvalidRequestException refused = Refusals.of(() -> service.request(new RequestAccess(null,
                List.of(VISIT_CANNOCK_CHASE), "Posting", "Events", EngineClock.today().plusMonths(1).toString()), helen, null));
        Assertions.assertThat(refused.errors()).extracting(FieldError::field).containsExactly("grantee", "accountIds[0]");

        request("gary.lewis", CORPORATE_INSTAGRAM);
        InvalidRequestException twice = Refusals.of(() -> service.request(new RequestAccess(null,
                List.of(CORPORATE_INSTAGRAM), "Posting", "Events", EngineClock.today().plusMonths(1).toString()),
                new CurrentUser("gary.lewis", "Gary Lewis", Set.of("staff", "hr")), null));
        Assertions.assertThat(twice.errors()).extracting(FieldError::message)
                .containsExactly("There is already access or a request for access to Cannock Chase District Council on Instagram");
    }

    private ProcessInstance request(String grantee, UUID... accounts) {
        CurrentUser asker = grantee.equals("sam.patel") ? sam : new CurrentUser(grantee, grantee, Set.of("staff"));
        AccessGrant grant = service.request(new RequestAccess(null, List.of(accounts), "Promote business events",
                "Two posts a week about events", EngineClock.today().plusMonths(3).toString()), asker, null);
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(grant.getProcessInstanceId()).singleResult();
    }

    private void give(ProcessInstance instance, String endDate) {
        assertThat(task(instance)).isAssignedTo(grant(instance).getLineManager());
        completeAs(new CurrentUser(grant(instance).getLineManager(), "", Set.of("staff")), instance, Map.of("endorsement", "endorse"));
        completeAs(alex, instance, Map.of("decision", "approve", "agreedEndDate", endDate));
        completeAs(new CurrentUser(grant(instance).getGrantee(), "", Set.of("staff")), instance, Map.of("signed", true));
        completeAs(alex, instance, Map.of("accessGiven", true));
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

    private AccessGrant grant(ProcessInstance instance) {
        String id = (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("caseId").singleResult().getValue();
        return grants.findById(UUID.fromString(id)).orElseThrow();
    }

    private List<GrantRecordStore.Signature> signatures(UUID grantId) {
        return transactions.executeRead(status -> records.signatures(grantId));
    }

    private List<String> openPeriods(UUID grantId) {
        return strings("select account_id || ' ' || username || ' ' || from_date from authorised_user where grant_id = ? and to_date is null", grantId);
    }

    private List<LocalDate> periodsEnding(UUID grantId) {
        return strings("select to_date from authorised_user where grant_id = ?", grantId).stream().map(LocalDate::parse).toList();
    }

    private String signedText(UUID grantId) {
        return strings("select statement_text from access_grant_signature where grant_id = ? order by signed_at", grantId).get(0);
    }

    private List<String> subjectsSentTo(String username) {
        return strings("select subject from notification where recipient = ?", username);
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
}
