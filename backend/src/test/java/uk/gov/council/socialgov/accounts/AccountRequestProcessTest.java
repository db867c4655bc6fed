package uk.gov.council.socialgov.accounts;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.gov.council.socialgov.identity.CurrentUser;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.TransactionOperations;
import uk.gov.council.socialgov.registry.AccountRegistry;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.ForbiddenException;
import uk.gov.council.socialgov.testing.Refusals;
import uk.gov.council.socialgov.workflow.Actor;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.sql.Connection;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

/** Every path through processes/account-request.bpmn, on the real engine and database. */
@MicronautTest(transactional = false)
class AccountRequestProcessTest {

    @Inject ProcessEngine engine;
    @Inject AccountRequestService service;
    @Inject AccountRequestStore requests;
    @Inject IdentityService identity;

    @Inject AccountRequestNoteStore notes;
    @Inject AccountRegistry registry;
    @Inject JdbcOperations jdbc;
    @Inject TransactionOperations<Connection> transactions;

    private final CurrentUser priya = new CurrentUser("priya.shah", "Priya Shah", Set.of("staff", "service-managers"));
    private final CurrentUser alex = new CurrentUser("alex.morgan", "Alex Morgan", Set.of("staff", "comms"));

    @BeforeEach
    void useTheApplicationsEngine() {
        init(engine);
    }

    @Test
    void aSubmittedRequestWaitsForTheCommunicationsTeam() {
        ProcessInstance instance = start();

        assertThat(instance).isWaitingAt("UserTask_ReviewRequest");
        assertThat(task(instance)).hasCandidateGroup("comms").hasName("Review account request");
        assertThat(instance).variables().containsEntry("requester", "priya.shah").containsEntry("involvedPeople", "priya.shah");
    }

    @Test
    void rejectionRecordsTheReasonAndEnds() {
        ProcessInstance instance = start();

        complete(instance, Map.of("decision", "reject", "reason", "Covered by the corporate account"));

        assertThat(instance).hasPassedInOrder("UserTask_ReviewRequest", "Gateway_ReviewDecision",
                "ServiceTask_RecordRejection", "EndEvent_Rejected").isEnded();
        Assertions.assertThat(request(instance).getStatus()).isEqualTo(AccountRequestStatus.REJECTED);
        assertThat(instance).hasNotPassed("ServiceTask_RecordApproval");
        AccountRequest request = requests.findById(UUID.fromString(caseId(instance))).orElseThrow();
        Assertions.assertThat(request.getRejectionReason()).isEqualTo("Covered by the corporate account");
    }

    @Test
    void theReviewIsDueInFiveWorkingDaysWithAReminderTheDayBeforeAndAnEscalationWhenOverdue() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-22T10:00:00Z"))); // Tuesday, before Christmas
        try {
            ProcessInstance instance = start();
            Task review = task(instance);
            // 23, 24, 29, 30 and 31 December: the 25th, the weekend and the 28th (Boxing Day's substitute) do not count.
            Assertions.assertThat(review.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-31T10:00:00Z"));
            assertThat(instance).isWaitingAt("UserTask_ReviewRequest");

            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-30T10:00:01Z")));
            executeDueJobs(instance);
            assertThat(instance).hasPassed("ServiceTask_RemindReviewer", "EndEvent_ReminderSent")
                    .hasNotPassed("ServiceTask_EscalateReview").isWaitingAt("UserTask_ReviewRequest");

            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-31T10:00:01Z")));
            executeDueJobs(instance);
            assertThat(instance).hasPassed("ServiceTask_EscalateReview", "EndEvent_ReviewEscalated").isWaitingAt("UserTask_ReviewRequest");
            Assertions.assertThat(task(instance).getPriority()).isEqualTo(80);

            complete(instance, Map.of("decision", "reject", "reason", "Not needed"));
            assertThat(instance).isEnded();
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void aStaffRequestWaitsForTheHeadOfDepartmentWhoIsRemindedWhenItIsDueAndMayDeclineIt() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-22T10:00:00Z"))); // Tuesday, before Christmas
        try {
            CurrentUser sam = new CurrentUser("sam.patel", "Sam Patel", Set.of("staff"));
            AccountRequest asked = service.submit(AccountRequestTransactionIntegrationTest.form("@StaffAsks"), sam, null);
            ProcessInstance instance = engine.getRuntimeService().createProcessInstanceQuery()
                    .processInstanceId(asked.getProcessInstanceId()).singleResult();
            assertThat(instance).hasPassed("Gateway_NeedsEndorsement").isWaitingAt("UserTask_EndorseRequest");
            Task endorse = task(instance);
            Assertions.assertThat(endorse.getName()).isEqualTo("Endorse the account request");
            Assertions.assertThat(endorse.getAssignee()).as("the head of Economic Development").isEqualTo("priya.shah");
            Assertions.assertThat(endorse.getDueDate().toInstant()).isEqualTo(Instant.parse("2026-12-31T10:00:00Z"));
            Assertions.assertThat(request(instance).getStatus()).isEqualTo(AccountRequestStatus.AWAITING_ENDORSEMENT);

            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-31T10:00:01Z")));
            executeDueJobs(instance);
            assertThat(instance).hasPassed("ServiceTask_RemindHead", "EndEvent_HeadReminded").isWaitingAt("UserTask_EndorseRequest");

            completeAs(instance, priya, Map.of("endorsement", "decline", "reason", "Use the corporate LinkedIn page"));
            assertThat(instance).hasPassed("ServiceTask_RecordHeadsAnswer", "EndEvent_NotEndorsed").isEnded();
            AccountRequest declined = request(instance);
            Assertions.assertThat(declined.getStatus()).isEqualTo(AccountRequestStatus.NOT_ENDORSED);
            Assertions.assertThat(declined.getRejectionReason()).isEqualTo("Use the corporate LinkedIn page");
            Assertions.assertThat(subjectsSentTo("sam.patel")).contains("Your account request " + declined.getReference() + " has not been endorsed");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void aServiceManagersRequestSkipsEndorsement() {
        ProcessInstance instance = start();
        assertThat(instance).hasPassed("Gateway_NeedsEndorsement").hasNotPassed("UserTask_EndorseRequest").isWaitingAt("UserTask_ReviewRequest");
        Assertions.assertThat(request(instance).getEndorser()).isNull();
    }

    @Test
    void aQuestionGoesToTheRequesterAndTheirAnswerBackToTheReview() {
        ProcessInstance instance = start();

        complete(instance, Map.of("decision", "more-information", "question", "Who covers the account at weekends?"));

        assertThat(instance).hasPassed("ServiceTask_AskForInformation").isWaitingAt("UserTask_AnswerQuestion");
        assertThat(task(instance)).isAssignedTo("priya.shah").hasName("Answer the communications team's question");
        Assertions.assertThat(engine.getTaskService().getIdentityLinksForTask(task(instance).getId()))
                .noneMatch(link -> link.getGroupId() != null);
        Assertions.assertThat(request(instance).getStatus()).isEqualTo(AccountRequestStatus.INFORMATION_REQUESTED);

        completeAs(instance, priya, Map.of("answer", "Jo Evans covers weekends on a rota."));

        assertThat(instance).hasPassed("ServiceTask_RecordAnswer").isWaitingAt("UserTask_ReviewRequest");
        Assertions.assertThat(request(instance).getStatus()).isEqualTo(AccountRequestStatus.SUBMITTED);
        Assertions.assertThat(notes.findByRequestIdOrderByWrittenAt(request(instance).getId()))
                .extracting(AccountRequestNote::kind, AccountRequestNote::body, AccountRequestNote::writtenBy)
                .containsExactly(
                        Assertions.tuple(AccountRequestNote.Kind.QUESTION, "Who covers the account at weekends?", "alex.morgan"),
                        Assertions.tuple(AccountRequestNote.Kind.ANSWER, "Jo Evans covers weekends on a rota.", "priya.shah"));
    }

    @Test
    void anUnansweredQuestionExpiresTheRequestAfterThirtyDaysAndTellsTheRequester() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T10:00:00Z")));
        try {
            ProcessInstance instance = start();
            complete(instance, Map.of("decision", "more-information", "question", "What is the budget?"));

            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-01T10:00:00Z")));
            executeDueJobs(instance);
            assertThat(instance).isWaitingAt("UserTask_AnswerQuestion");

            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-02T10:00:01Z")));
            executeDueJobs(instance);
            assertThat(instance).hasPassedInOrder("BoundaryEvent_NoAnswer", "ServiceTask_RecordExpiry", "EndEvent_Expired").isEnded();
            AccountRequest request = request(instance);
            Assertions.assertThat(request.getStatus()).isEqualTo(AccountRequestStatus.EXPIRED);
            Assertions.assertThat(subjectsSentTo("priya.shah")).contains("Your account request " + request.getReference() + " has closed");
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void anApprovedDepartmentalAccountGoesThroughBrandingAndSetUpIntoTheRegistry() {
        ProcessInstance instance = start();
        complete(instance, Map.of("decision", "approve"));
        assertThat(instance).isWaitingAt("UserTask_SubmitBranding");
        assertThat(task(instance)).isAssignedTo("priya.shah");
        Assertions.assertThat(request(instance).getStatus()).isEqualTo(AccountRequestStatus.APPROVED);

        // Sending the branding without the images attached is refused, and the task stays open.
        Assertions.assertThat(Refusals.of(() -> completeAs(instance, priya, Map.of("brandingAttached", true))).errors())
                .extracting(FieldError::field).containsExactly("brandingAttached");
        assertThat(instance).isWaitingAt("UserTask_SubmitBranding");

        attachImages(instance);
        completeAs(instance, priya, Map.of("brandingAttached", true, "brandingNotes", "Logo from the brand kit"));
        assertThat(instance).isWaitingAt("UserTask_ApproveBranding");
        assertThat(task(instance)).hasCandidateGroup("comms");

        complete(instance, Map.of("brandingDecision", "return", "comments", "Use the corporate green"));
        assertThat(instance).hasPassed("ServiceTask_ReturnBranding").isWaitingAt("UserTask_SubmitBranding");
        completeAs(instance, priya, Map.of("brandingAttached", true));
        complete(instance, Map.of("brandingDecision", "approve"));
        assertThat(instance).hasPassed("ServiceTask_RecordBrandingApproval").isWaitingAt("UserTask_SetUpAccount");
        assertThat(task(instance)).isAssignedTo("priya.shah");
        Assertions.assertThat(request(instance).getStatus()).isEqualTo(AccountRequestStatus.BRANDING_APPROVED);

        // A handle the registry already holds (the corporate LinkedIn page, in other letters) is refused.
        Assertions.assertThat(Refusals.of(() -> completeAs(instance, priya, setUp("cannock chase district COUNCIL"))).errors())
                .containsExactly(new FieldError("handle", "The registry already has cannock chase district COUNCIL on LinkedIn: check the handle"));
        assertThat(instance).isWaitingAt("UserTask_SetUpAccount");

        String handle = "@ProcessTest" + UUID.randomUUID().toString().substring(0, 8);
        completeAs(instance, priya, setUp(handle));
        assertThat(instance).hasPassed("ServiceTask_RecordSetUp").isWaitingAt("UserTask_ActivateAccount");
        Assertions.assertThat(request(instance).getStatus()).isEqualTo(AccountRequestStatus.SET_UP);

        complete(instance, Map.of("activationDecision", "return", "comments", "The profile does not say it is official"));
        assertThat(instance).hasPassed("ServiceTask_ReturnSetUp").isWaitingAt("UserTask_SetUpAccount");
        Assertions.assertThat(request(instance).getStatus()).isEqualTo(AccountRequestStatus.BRANDING_APPROVED);
        completeAs(instance, priya, setUp(handle));
        complete(instance, Map.of("activationDecision", "activate"));

        assertThat(instance).hasPassedInOrder("ServiceTask_AddToRegistry", "Gateway_Campaign", "EndEvent_Active").isEnded();
        AccountRequest request = request(instance);
        Assertions.assertThat(request.getStatus()).isEqualTo(AccountRequestStatus.ACTIVE);
        AccountRegistry.Row account = account(request.getSocialAccountId(), EngineClock.today());
        Assertions.assertThat(account).extracting(AccountRegistry.Row::handle, AccountRegistry.Row::status, AccountRegistry.Row::owner,
                AccountRegistry.Row::kind, AccountRegistry.Row::url)
                .containsExactly(handle, "ACTIVE", "priya.shah", "DEPARTMENTAL", "https://www.linkedin.com/company/" + handle.substring(1));
        Assertions.assertThat(authorisedUsers(account.id()))
                .containsExactly(new AccountRegistry.Period("priya.shah", EngineClock.today(), null));
        Assertions.assertThat(notes.findByRequestIdOrderByWrittenAt(request.getId())).extracting(AccountRequestNote::kind)
                .containsExactly(AccountRequestNote.Kind.BRANDING_SENT, AccountRequestNote.Kind.BRANDING_RETURNED,
                        AccountRequestNote.Kind.SET_UP_RETURNED);
        Assertions.assertThat(subjectsSentTo("priya.shah")).contains(request.getProposedName() + " on LinkedIn is now active");
    }

    @Test
    void aCampaignAccountIsReviewedOnItsEndDateAndCanBeKeptOpenThenClosed() {
        ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-11-02T10:00:00Z")));
        try {
            SubmitAccountRequest form = AccountRequestTransactionIntegrationTest.form("@Campaign" + UUID.randomUUID().toString().substring(0, 8));
            ProcessInstance instance = start(new SubmitAccountRequest(form.department(), "CAMPAIGN", "2026-12-31", form.platform(),
                    form.proposedName(), form.businessCase(), List.of("priya.shah", "jo.evans")));
            activate(instance, form.proposedName());
            assertThat(instance).hasPassed("ServiceTask_AddToRegistry").isWaitingAt("TimerEvent_CampaignEnds");
            UUID accountId = request(instance).getSocialAccountId();

            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-31T08:59:00Z")));
            executeDueJobs(instance);
            assertThat(instance).isWaitingAt("TimerEvent_CampaignEnds");
            ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-31T09:00:01Z")));
            executeDueJobs(instance);
            assertThat(instance).isWaitingAt("UserTask_ReviewCampaignClosure");

            complete(instance, Map.of("closureDecision", "extend", "newEndDate", "2027-03-31", "reason", "The campaign runs to March"));
            assertThat(instance).hasPassed("ServiceTask_ExtendCampaign").isWaitingAt("TimerEvent_CampaignEnds");
            Assertions.assertThat(account(accountId, EngineClock.today()).campaignEndDate())
                    .isEqualTo(LocalDate.of(2027, 3, 31));

            ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-03-31T08:00:01Z"))); // 9am British Summer Time
            executeDueJobs(instance);
            assertThat(instance).isWaitingAt("UserTask_ReviewCampaignClosure");
            complete(instance, Map.of("closureDecision", "close", "reason", "The campaign has ended"));

            assertThat(instance).hasPassed("ServiceTask_CloseCampaignAccount").isWaitingAt("UserTask_ChangePassword");
            Assertions.assertThat(request(instance).getStatus()).isEqualTo(AccountRequestStatus.CLOSED);
            Assertions.assertThat(account(accountId, EngineClock.today()).status()).isEqualTo("DEACTIVATED");
            Assertions.assertThat(authorisedUsers(accountId)).extracting(AccountRegistry.Period::toDate)
                    .containsOnly(LocalDate.of(2027, 3, 31));
            complete(instance, Map.of("passwordChanged", true));
            assertThat(instance).hasPassed("EndEvent_CampaignClosed").isEnded();
        } finally {
            ClockUtil.reset();
        }
    }

    @Test
    void theRequesterCanWithdrawUntilTheAccountIsActive() {
        ProcessInstance instance = start();
        complete(instance, Map.of("decision", "approve"));
        UUID id = request(instance).getId();

        assertThatThrownBy(() -> service.withdraw(id, "Not mine to withdraw", alex)).isInstanceOf(ForbiddenException.class);
        AccountRequestView withdrawn = service.withdraw(id, "The service is merging with another", priya);

        Assertions.assertThat(withdrawn.status()).isEqualTo(AccountRequestStatus.WITHDRAWN);
        Assertions.assertThat(withdrawn.mayWithdraw()).isFalse();
        Assertions.assertThat(withdrawn.notes()).extracting(AccountRequestView.Note::body).containsExactly("The service is merging with another");
        assertThat(instance).hasPassed("StartEvent_Withdrawn", "ServiceTask_RecordWithdrawal", "EndEvent_Withdrawn").isEnded();
        Assertions.assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
        assertThatThrownBy(() -> service.withdraw(id, "Again", priya)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anActiveAccountsRequestCannotBeWithdrawn() {
        SubmitAccountRequest form = AccountRequestTransactionIntegrationTest.form("@Active" + UUID.randomUUID().toString().substring(0, 8));
        ProcessInstance instance = start(form);
        activate(instance, form.proposedName());

        assertThatThrownBy(() -> service.withdraw(request(instance).getId(), "Too late", priya)).isInstanceOf(ConflictException.class);
        Assertions.assertThat(request(instance).getStatus()).isEqualTo(AccountRequestStatus.ACTIVE);
    }

    private void activate(ProcessInstance instance, String handle) {
        complete(instance, Map.of("decision", "approve"));
        attachImages(instance);
        completeAs(instance, priya, Map.of("brandingAttached", true));
        complete(instance, Map.of("brandingDecision", "approve"));
        completeAs(instance, priya, setUp(handle));
        complete(instance, Map.of("activationDecision", "activate"));
    }

    private static Map<String, Object> setUp(String handle) {
        return Map.of("handle", handle, "url", "https://www.linkedin.com/company/" + handle.substring(1),
                "passwordHeldByAuthorisedUsers", true, "profileSaysOfficial", true, "linksToCouncilAccounts", true, "commsHasAccess", true);
    }

    /** A profile image and a background, as the case page's upload would store them. */
    private void attachImages(ProcessInstance instance) {
        for (String name : List.of("profile.png", "background.jpg")) {
            transactions.executeWrite(status -> jdbc.prepareStatement("insert into case_document (id, case_type, case_id, file_name, media_type, size_bytes, sha256, "
                    + "content, uploaded_by, uploaded_at) values (?, 'account-request', ?, ?, ?, 1, repeat('0', 64), '\\x00', 'priya.shah', now())", s -> {
                s.setObject(1, UUID.randomUUID());
                s.setString(2, caseId(instance));
                s.setString(3, name);
                s.setString(4, name.endsWith(".png") ? "image/png" : "image/jpeg");
                return s.executeUpdate();
            }));
        }
    }

    private List<String> subjectsSentTo(String username) {
        return transactions.executeRead(status -> jdbc.prepareStatement("select subject from notification where recipient = ? order by created_at", s -> {
            s.setString(1, username);
            List<String> subjects = new ArrayList<>();
            try (var rows = s.executeQuery()) {
                while (rows.next()) {
                    subjects.add(rows.getString(1));
                }
            }
            return subjects;
        }));
    }

    private AccountRegistry.Row account(UUID id, LocalDate today) {
        return transactions.executeRead(status -> registry.find(id, today)).orElseThrow();
    }

    private List<AccountRegistry.Period> authorisedUsers(UUID accountId) {
        return transactions.executeRead(status -> registry.authorisedUsers(accountId));
    }

    private AccountRequest request(ProcessInstance instance) {
        return requests.findById(UUID.fromString(caseId(instance))).orElseThrow();
    }

    private void executeDueJobs(ProcessInstance instance) {
        engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).executable().list()
                .forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }

    private ProcessInstance start() {
        return start(AccountRequestTransactionIntegrationTest.form("@ProcessTest"));
    }

    private ProcessInstance start(SubmitAccountRequest form) {
        AccountRequest request = service.submit(form, priya, null);
        return engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(request.getProcessInstanceId()).singleResult();
    }

    private String caseId(ProcessInstance instance) {
        return (String) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(instance.getId()).variableName("caseId").singleResult().getValue();
    }

    /** Completes the waiting task as Alex Morgan of the communications team. */
    private void complete(ProcessInstance instance, Map<String, Object> variables) {
        completeAs(instance, alex, variables);
    }

    /** Completes the waiting task as this person, in one transaction as the task page does. */
    private void completeAs(ProcessInstance instance, CurrentUser user, Map<String, Object> variables) {
        Task waiting = task(instance);
        transactions.executeWrite(status -> Actor.runAs(identity, user.username(), user.groupList(), () -> {
            engine.getTaskService().complete(waiting.getId(), variables);
            return null;
        }));
    }
}
