package uk.gov.council.socialgov.harassment;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.TaskService;
import uk.gov.council.socialgov.policy.Platform;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.cases.CaseStarts;
import uk.gov.council.socialgov.identity.CurrentUser;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.retention.Retention;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.ForbiddenException;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.web.NotFoundException;
import uk.gov.council.socialgov.web.WebAddress;
import uk.gov.council.socialgov.workflow.EngineClock;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Takes a councillor's report and starts its process in one transaction; shows reports only to the
 * councillor and the Monitoring Officer, and the accounts to report to the communications team
 * while they have that task.
 */
@Singleton
class HarassmentReports {

    static final String PLATFORM_TASK = "UserTask_Platform";

    @Serdeable
    record Options(List<Choice> platforms, List<Choice> members) {
    }

    @Serdeable
    record Choice(String value, String label) {
    }

    private final HarassmentStore store;
    private final HarassmentCases needToKnow;
    private final TaskService tasks;
    private final Directory directory;
    private final AuditTrail audit;
    private final Retention retention;
    private final CaseStarts starts;

    @SuppressWarnings("java:S107") // each is a collaborator a report's lifecycle needs
    HarassmentReports(HarassmentStore store, HarassmentCases needToKnow, TaskService tasks,
                      Directory directory, AuditTrail audit, Retention retention, CaseStarts starts) {
        this.store = store;
        this.needToKnow = needToKnow;
        this.tasks = tasks;
        this.directory = directory;
        this.audit = audit;
        this.retention = retention;
        this.starts = starts;
    }

    @Transactional
    Options options(CurrentUser user) {
        List<Choice> members = user.isIn(Groups.MONITORING_OFFICER)
                ? directory.membersOf(Groups.MEMBERS).stream().map(p -> new Choice(p.username(), p.displayName())).toList()
                : List.of();
        return new Options(Arrays.stream(Platform.values()).map(p -> new Choice(p.name(), p.label())).toList(), members);
    }

    /** Takes the report, or returns the one an earlier send with the same Idempotency-Key made. */
    @Transactional
    HarassmentReport report(ReportHarassment form, CurrentUser user, @Nullable String idempotencyKey) {
        Optional<String> earlier = starts.earlierCase(idempotencyKey, user);
        if (earlier.isPresent()) {
            return store.find(UUID.fromString(earlier.get())).orElseThrow();
        }
        boolean onBehalf = form.member() != null && !form.member().isBlank() && !form.member().strip().equalsIgnoreCase(user.username());
        if (onBehalf ? !user.isIn(Groups.MONITORING_OFFICER) : !user.isIn(Groups.MEMBERS)) {
            throw new ForbiddenException(onBehalf ? "Only the Monitoring Officer can report for a councillor."
                    : "Only councillors can report harassment here; the Monitoring Officer can report for a councillor.");
        }
        String member = onBehalf ? form.member().strip().toLowerCase(Locale.ROOT) : user.username();
        List<FieldError> errors = new ArrayList<>();
        if (onBehalf && directory.find(member).map(p -> !p.councillor()).orElse(true)) {
            errors.add(new FieldError("member", "Select the councillor from the list"));
        }
        Platform platform = Arrays.stream(Platform.values()).filter(p -> p.name().equals(form.platform())).findFirst().orElse(null);
        if (platform == null) {
            errors.add(new FieldError("platform", "Select where it happened"));
        }
        List<String> links = WebAddress.links(form.postLinks(), "postLinks", errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        String crimeReference = form.policeTold() && form.crimeReference() != null && !form.crimeReference().isBlank()
                ? form.crimeReference().strip() : null;
        var now = EngineClock.now();
        String reference = HarassmentProcess.CASE.reference(now, store.nextNumber());
        var report = new HarassmentReport(UUID.randomUUID(), reference, member, user.username(), now, platform,
                form.offendingAccounts().strip(), form.description().strip(), links, form.immediateDanger(), form.informGroupLeader(),
                form.policeTold(), crimeReference, form.immediateDanger() ? HarassmentStatus.URGENT : HarassmentStatus.REPORTED,
                null, null, null, null, null, null);
        store.insert(report);
        store.startedAs(report.id(), starts.of(HarassmentProcess.CASE, report.id().toString(), reference)
                .titled("Harassment of " + directory.displayNames(List.of(member)).get(member))
                .involving(List.of(member))
                .with(HarassmentProcess.VAR_MEMBER, member)
                .with(HarassmentProcess.VAR_IMMEDIATE_DANGER, form.immediateDanger())
                .with(HarassmentProcess.VAR_SUBJECT_KIND, "MEMBER")
                .with(HarassmentProcess.VAR_REFERRED_TO_POLICE, form.policeTold())
                .audited("HARASSMENT_REPORTED", form.immediateDanger() ? "In immediate danger" : null)
                .start(user, idempotencyKey));
        return store.find(report.id()).orElseThrow();
    }

    /** Each listed report's read is audited, as opening it is. */
    @Transactional
    List<HarassmentView.Summary> list(CurrentUser user) {
        List<HarassmentReport> found = store.list(user.isIn(Groups.MONITORING_OFFICER) ? null : user.username(), user.username());
        found.forEach(r -> audit.record(AuditEvent.onCase("HARASSMENT_REPORT_LISTED", HarassmentProcess.CASE_KIND, r.id().toString(),
                r.reference(), null)));
        Map<String, String> names = directory.displayNames(found.stream().map(HarassmentReport::member).distinct().toList());
        return found.stream().map(r -> new HarassmentView.Summary(r.id(), r.reference(), r.member(), names.get(r.member()),
                r.platform().name(), r.platform().label(), r.status(), r.status().label(), r.riskLevel(),
                r.riskLevel() == null ? null : r.riskLevel().label(), r.reportedAt(), r.immediateDanger())).toList();
    }

    /** The report in full for the councillor and the Monitoring Officer; every read is in the audit trail. */
    @Transactional
    HarassmentView.Details get(UUID id, CurrentUser user) {
        HarassmentReport report = needToKnow.readable(id, user).orElseThrow(() -> new NotFoundException("There is no report " + id));
        audit.record(AuditEvent.onCase("HARASSMENT_REPORT_VIEWED", HarassmentProcess.CASE_KIND, id.toString(), report.reference(), null));
        List<HarassmentStore.Action> actions = store.actions(id);
        Map<String, String> names = directory.displayNames(Stream.concat(Stream.of(report.member(), report.reportedBy()),
                actions.stream().map(HarassmentStore.Action::doneBy)).filter(Objects::nonNull).distinct().toList());
        return new HarassmentView.Details(report.id(), report.reference(),
                new HarassmentView.People(report.member(), names.get(report.member()), report.reportedBy(), names.get(report.reportedBy()),
                        report.reportedAt()),
                new HarassmentView.WhatHappened(report.platform().name(), report.platform().label(), report.offendingAccounts(),
                        report.description(), report.postLinks(), report.immediateDanger(), report.informGroupLeader(), report.policeTold(),
                        report.crimeReference()),
                report.status(), report.status().label(),
                new HarassmentView.Triage(report.riskLevel(), report.riskLevel() == null ? null : report.riskLevel().label(),
                        report.triageNotes()),
                actions.stream().map(a -> new HarassmentView.Action(a.id(), a.kind(), a.kind().label(), a.detail(),
                        a.doneBy(), names.get(a.doneBy()), a.doneAt())).toList(),
                new HarassmentView.Closure(report.followUp(), report.outcome(), report.closedAt()),
                retention.onCase(HarassmentProcess.CASE_KIND, id.toString(), user));
    }

    /**
     * The accounts and links to report, for a member of the communications team while the report's
     * "Report or block on the platform" task is open; for anyone else the report does not exist.
     */
    @Transactional
    HarassmentView.PlatformReport platformReport(UUID id, CurrentUser user) {
        HarassmentReport report = store.find(id).filter(found -> user.isIn(Groups.COMMS))
                .filter(found -> found.processInstanceId() != null && tasks.createTaskQuery().processInstanceId(found.processInstanceId())
                        .taskDefinitionKey(PLATFORM_TASK).active().count() > 0)
                .orElseThrow(() -> new NotFoundException("There is no report " + id));
        audit.record(AuditEvent.onCase("HARASSMENT_PLATFORM_REPORT_VIEWED", HarassmentProcess.CASE_KIND, id.toString(),
                report.reference(), null));
        return new HarassmentView.PlatformReport(report.reference(), report.platform().name(), report.platform().label(),
                report.offendingAccounts(), report.postLinks());
    }
}
