package uk.gov.council.socialgov.access;

import io.micronaut.context.annotation.Value;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import uk.gov.council.socialgov.registry.AuthorisedUsers;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.cases.CaseRetention;
import uk.gov.council.socialgov.cases.ClosedCase;
import uk.gov.council.socialgov.web.ConflictException;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.EngineClock;
import uk.gov.council.socialgov.workflow.WorkingDays;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The steps of processes/access-certification.bpmn (P3b), each a small bean named after its step.
 * Owners record decisions on the campaign page (CertificationController) before signing off their task.
 */
final class CertificationSteps {

    static final String CASE_KIND = "access-certification";
    static final String VAR_ACCOUNTS = "accountsToCertify";
    static final String VAR_ACCOUNT = "accountId";

    private CertificationSteps() {
    }

    /** "Open the campaign": one decision to make for everyone who may post from each active account today. */
    @Singleton
    @Named("openCertificationCampaign")
    static class OpenCampaign implements JavaDelegate {
        private final CertificationStore certifications;
        private final AuthorisedUsers authorisedUsers;
        private final WorkingDays workingDays;
        private final AuditTrail audit;
        private final int dueWorkingDays;
        private final String defaultDecision;

        OpenCampaign(CertificationStore certifications, AuthorisedUsers authorisedUsers, WorkingDays workingDays, AuditTrail audit,
                     @Value("${socialgov.certification.due-working-days:10}") int dueWorkingDays,
                     @Value("${socialgov.certification.default-decision:REMOVE}") String defaultDecision) {
            this.certifications = certifications;
            this.authorisedUsers = authorisedUsers;
            this.workingDays = workingDays;
            this.audit = audit;
            this.dueWorkingDays = dueWorkingDays;
            this.defaultDecision = defaultDecision;
        }

        @Override
        public void execute(DelegateExecution execution) {
            UUID id = UUID.randomUUID();
            var now = EngineClock.now();
            String reference = "CC-%d-%03d".formatted(now.atZone(EngineClock.UK).getYear(), certifications.nextNumber());
            var due = workingDays.after(now, dueWorkingDays);
            certifications.open(id, reference, AccessGrantSteps.actor(execution), now, due.atZone(EngineClock.UK).toLocalDate(),
                    defaultDecision, execution.getProcessInstanceId());
            Set<String> accounts = new LinkedHashSet<>();
            for (AuthorisedUsers.Holder holder : authorisedUsers.currentHolders()) {
                certifications.toDecide(id, holder.accountId(), holder.username(), holder.grantId());
                accounts.add(holder.accountId().toString());
            }
            execution.setVariable(CaseVariables.CASE_ID, id.toString());
            execution.setVariable(CaseVariables.CASE_REFERENCE, reference);
            execution.setVariable(CaseVariables.CASE_TITLE, "Certification of who may post from each account");
            execution.setVariable(CaseVariables.CASE_KIND, CASE_KIND);
            execution.setVariable(CaseVariables.INVOLVED, "");
            execution.setVariable(VAR_ACCOUNTS, new ArrayList<>(accounts));
            execution.setVariable("remindAt", Date.from(workingDays.after(now, Math.max(dueWorkingDays - 2, 0))));
            execution.setVariable("dueAt", Date.from(due));
            execution.setVariable("defaultAt", Date.from(workingDays.after(now, dueWorkingDays + 5)));
            audit.record(AuditEvent.onCase("CERTIFICATION_OPENED", CASE_KIND, id.toString(), reference, accounts.size() + " accounts"),
                    AccessGrantSteps.actor(execution), null);
        }
    }

    /** When a certification task is created: named after its account. */
    @Singleton
    @Named("nameCertificationTask")
    static class NameCertificationTask implements TaskListener {
        private final AuthorisedUsers authorisedUsers;

        NameCertificationTask(AuthorisedUsers authorisedUsers) {
            this.authorisedUsers = authorisedUsers;
        }

        @Override
        public void notify(DelegateTask task) {
            UUID accountId = UUID.fromString((String) task.getVariable(VAR_ACCOUNT));
            authorisedUsers.account(accountId).ifPresent(account ->
                    task.setName("Certify who may post from " + account.name() + " (" + account.platformLabel() + ")"));
        }
    }

    /** When a certification task is completed: every person on the account must have a decision. */
    @Singleton
    @Named("certificationDecided")
    static class Decided implements TaskListener {
        private final CertificationStore certifications;

        Decided(CertificationStore certifications) {
            this.certifications = certifications;
        }

        @Override
        public void notify(DelegateTask task) {
            UUID campaign = CaseVariables.caseId(task);
            UUID account = UUID.fromString((String) task.getVariable(VAR_ACCOUNT));
            long undecided = certifications.decisions(campaign).stream()
                    .filter(d -> d.accountId().equals(account) && d.decision() == null).count();
            if (undecided > 0) {
                throw new InvalidRequestException("decisions", "Decide whether to keep or remove each person: " + undecided + " still to decide");
            }
            certifications.signedOff(campaign, account, EngineClock.now());
        }
    }

    /** "Apply the default decision": nobody answered by the deadline, so the default (remove, unless configured) stands. */
    @Singleton
    @Named("applyDefaultDecisions")
    static class ApplyDefault implements JavaDelegate {
        private final CertificationStore certifications;
        private final String defaultDecision;
        private final AuditTrail audit;

        ApplyDefault(CertificationStore certifications, @Value("${socialgov.certification.default-decision:REMOVE}") String defaultDecision,
                     AuditTrail audit) {
            this.certifications = certifications;
            this.audit = audit;
            this.defaultDecision = defaultDecision;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String campaign = (String) execution.getVariable(CaseVariables.CASE_ID);
            int decided = certifications.decideByDefault(UUID.fromString(campaign), defaultDecision, EngineClock.now());
            audit.record(AuditEvent.onCase("CERTIFICATION_DEFAULT_APPLIED", CASE_KIND, campaign,
                    (String) execution.getVariable(CaseVariables.CASE_REFERENCE), decided + " people: " + defaultDecision), AuditTrail.SYSTEM, null);
        }
    }

    /** "Close the campaign and apply the decisions": each removal goes through the grant's removal path, or ends the period. */
    @Singleton
    @Named("closeCertificationCampaign")
    static class Close implements JavaDelegate {
        private final CertificationStore certifications;
        private final AuthorisedUsers authorisedUsers;
        private final AccessGrantStore grants;
        private final RuntimeService runtime;

        private final CaseRetention retention;

        Close(CertificationStore certifications, AuthorisedUsers authorisedUsers, AccessGrantStore grants, RuntimeService runtime,
              CaseRetention retention) {
            this.certifications = certifications;
            this.authorisedUsers = authorisedUsers;
            this.grants = grants;
            this.runtime = runtime;
            this.retention = retention;
        }

        @Override
        public void execute(DelegateExecution execution) {
            UUID campaign = CaseVariables.caseId(execution);
            String reference = (String) execution.getVariable(CaseVariables.CASE_REFERENCE);
            String by = AccessGrantSteps.actor(execution);
            for (CertificationStore.Decision decision : certifications.decisions(campaign)) {
                if (!"REMOVE".equals(decision.decision()) || decision.appliedAt() != null) {
                    continue;
                }
                remove(decision, "Certification " + reference + ": " + decision.justification(), by);
                certifications.applied(campaign, decision.accountId(), decision.username(), EngineClock.now());
            }
            certifications.closed(campaign, EngineClock.now());
            retention.closed(new ClosedCase(CASE_KIND, campaign.toString(), reference, "Certification of authorised users", null,
                    "CLOSED", false, List.of()));
        }

        private void remove(CertificationStore.Decision decision, String reason, String by) {
            var grant = decision.grantId() == null ? null : grants.findById(decision.grantId())
                    .filter(g -> !AccessGrantStatus.ENDED.contains(g.getStatus())).orElse(null);
            if (grant == null) {
                authorisedUsers.end(decision.accountId(), decision.username(), EngineClock.today(), by);
            } else {
                runtime.createMessageCorrelation(AccessGrantProcess.MESSAGE_REMOVED_EARLY)
                        .processInstanceId(grant.getProcessInstanceId())
                        .setVariable(AccessGrantProcess.VAR_REASON, reason)
                        .correlateWithResult();
            }
        }
    }

    /**
     * Records keep-or-remove decisions for one account, each with a justification and each in the
     * audit trail; nothing is saved if any is wrong. Nobody certifies keeping themselves, and nothing
     * changes once the account is signed off, applied or the campaign has closed.
     */
    @Singleton
    static class Decisions {
        private final CertificationStore certifications;
        private final AuditTrail audit;

        Decisions(CertificationStore certifications, AuditTrail audit) {
            this.certifications = certifications;
            this.audit = audit;
        }

        @Transactional
        void decide(UUID campaign, UUID account, List<CertificationStore.Decision> decisions, String by) {
            if (certifications.frozen(campaign, account)) {
                throw new ConflictException("These decisions were signed off and can no longer change.");
            }
            List<FieldError> errors = new ArrayList<>();
            for (int i = 0; i < decisions.size(); i++) {
                var d = decisions.get(i);
                if (!"KEEP".equals(d.decision()) && !"REMOVE".equals(d.decision())) {
                    errors.add(new FieldError("decisions[" + i + "].decision", "Choose keep or remove for " + d.username()));
                } else if ("KEEP".equals(d.decision()) && by.equals(d.username())) {
                    errors.add(new FieldError("decisions[" + i + "].decision",
                            "Someone else decides whether you keep access: the communications team will"));
                }
                if (d.justification() == null || d.justification().isBlank()) {
                    errors.add(new FieldError("decisions[" + i + "].justification", "Say why, for " + d.username()));
                } else if (d.justification().length() > 2000) {
                    errors.add(new FieldError("decisions[" + i + "].justification", "Reasons must be 2,000 characters or fewer"));
                }
            }
            if (!errors.isEmpty()) {
                throw new InvalidRequestException(errors);
            }
            for (int i = 0; i < decisions.size(); i++) {
                var d = decisions.get(i);
                if (d.username() == null || !certifications.decide(campaign, account, d.username(), d.decision(), d.justification().strip(), by, EngineClock.now())) {
                    throw new InvalidRequestException("decisions[" + i + "].username", d.username() + " is not on this account's list");
                }
            }
            String reference = certifications.campaign(campaign).map(CertificationStore.Campaign::reference).orElse(null);
            decisions.forEach(d -> audit.record(AuditEvent.onCase("CERTIFICATION_DECIDED", CASE_KIND, campaign.toString(), reference,
                    d.username() + ": " + d.decision() + " (account " + account + ")")));
        }
    }
}
