package uk.gov.council.socialgov.harassment;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.VariableScope;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.CaseExclusions;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.Groups;
import uk.gov.council.socialgov.notifications.Email;
import uk.gov.council.socialgov.notifications.NotificationKind;
import uk.gov.council.socialgov.notifications.Outbox;
import uk.gov.council.socialgov.workflow.CaseVariables;

import java.util.List;

/** What every step of processes/member-harassment-report.bpmn does around its own change: find, audit, alert. */
@Singleton
class HarassmentSteps {

    private final HarassmentStore store;
    private final AuditTrail audit;
    private final Outbox outbox;
    private final Directory directory;
    private final CaseExclusions exclusions;

    HarassmentSteps(HarassmentStore store, AuditTrail audit, Outbox outbox, Directory directory, CaseExclusions exclusions) {
        this.store = store;
        this.audit = audit;
        this.outbox = outbox;
        this.directory = directory;
        this.exclusions = exclusions;
    }

    HarassmentStore store() {
        return store;
    }

    HarassmentReport report(VariableScope execution) {
        return store.find(CaseVariables.caseId(execution)).orElseThrow();
    }

    void audit(HarassmentReport report, String action, String by, @Nullable String detail) {
        audit.record(AuditEvent.onCase(action, HarassmentProcess.CASE_KIND, report.id().toString(), report.reference(), detail), by, null);
    }

    /** Emails every Monitoring Officer not kept out of the report; the email names the report, never its content. */
    void alertMonitoringOfficers(HarassmentReport report, NotificationKind kind, String subject, String body) {
        var excluded = exclusions.excludedFrom(HarassmentProcess.CASE_KIND, report.id().toString());
        Email email = new Email(subject, List.of(body), outbox.link("/harassment/" + report.id()), "Open the report");
        for (Directory.Person person : directory.membersOf(Groups.MONITORING_OFFICER)) {
            if (!excluded.contains(person.username())) {
                outbox.send(person, kind, email);
            }
        }
    }

}
