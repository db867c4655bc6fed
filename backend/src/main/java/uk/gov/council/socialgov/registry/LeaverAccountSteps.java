package uk.gov.council.socialgov.registry;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import uk.gov.council.socialgov.audit.AuditEvent;
import uk.gov.council.socialgov.audit.AuditTrail;
import uk.gov.council.socialgov.identity.Directory;
import uk.gov.council.socialgov.identity.PersonLeft;
import uk.gov.council.socialgov.web.FieldError;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.CaseVariables;
import uk.gov.council.socialgov.workflow.FormValues;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** The registry's steps of {@code person-leaving.bpmn}: the accounts of someone who left, their passwords and owners. */
final class LeaverAccountSteps {

    static final String VAR_PASSWORD_ACCOUNTS = "passwordAccounts";
    static final String VAR_OWNED_ACCOUNTS = "ownedAccounts";
    static final String VAR_ACCOUNT = "accountId";
    static final String VAR_NEW_OWNER = "newOwner";
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private LeaverAccountSteps() {
    }

    /**
     * "Find the accounts they could post from or owned": every active account on which they had a
     * period open on their leaving date gets a password change (D 2.3), every active account they
     * answered for a new owner.
     */
    @Singleton
    @Named("findLeaversAccounts")
    static class FindLeaversAccounts implements JavaDelegate {
        private final LeaversAccountsStore accounts;
        private final AuditTrail audit;

        FindLeaversAccounts(LeaversAccountsStore accounts, AuditTrail audit) {
            this.accounts = accounts;
            this.audit = audit;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String leaver = (String) execution.getVariable(PersonLeft.VAR_LEAVER);
            LocalDate leavingDate = LocalDate.parse((String) execution.getVariable(PersonLeft.VAR_LEAVING_DATE));
            List<String> passwords = accounts.postedFromOn(leaver, leavingDate).stream().map(UUID::toString).toList();
            List<String> owned = accounts.ownedBy(leaver).stream().map(UUID::toString).toList();
            execution.setVariable(CaseVariables.CASE_REFERENCE, leaver);
            execution.setVariable(CaseVariables.CASE_TITLE, leaver + " left on " + UK_DATE.format(leavingDate));
            execution.setVariable(CaseVariables.INVOLVED, "");
            execution.setVariable(VAR_PASSWORD_ACCOUNTS, new ArrayList<>(passwords));
            execution.setVariable(VAR_OWNED_ACCOUNTS, new ArrayList<>(owned));
            if (!passwords.isEmpty() || !owned.isEmpty()) {
                audit.record(new AuditEvent("LEAVERS_ACCOUNTS_FOUND", "user", leaver, null, passwords.size()
                        + " accounts need a new password and " + owned.size() + " a new owner"), AuditTrail.SYSTEM, null);
            }
        }
    }

    /** When a password or new-owner task is created: named after its account. */
    @Singleton
    @Named("nameLeaversAccountTask")
    static class NameLeaversAccountTask implements TaskListener {
        private final AuthorisedUsers authorisedUsers;

        NameLeaversAccountTask(AuthorisedUsers authorisedUsers) {
            this.authorisedUsers = authorisedUsers;
        }

        @Override
        public void notify(DelegateTask task) {
            UUID accountId = UUID.fromString((String) task.getVariable(VAR_ACCOUNT));
            authorisedUsers.account(accountId).ifPresent(account ->
                    task.setName(task.getName() + ": " + account.name() + " (" + account.platformLabel() + ")"));
        }
    }

    /**
     * "Make them the account's owner": the person the communications team chose, who must be in the
     * organisation directory and not the one who left; otherwise the task stays open with the reason.
     */
    @Singleton
    @Named("makeNewOwner")
    static class MakeNewOwner implements JavaDelegate {
        private final RegistryEditing editing;
        private final Directory directory;

        MakeNewOwner(RegistryEditing editing, Directory directory) {
            this.editing = editing;
            this.directory = directory;
        }

        @Override
        public void execute(DelegateExecution execution) {
            String chosen = FormValues.text(execution, VAR_NEW_OWNER);
            chosen = chosen == null ? null : chosen.toLowerCase(Locale.ROOT);
            if (chosen == null || !directory.exists(chosen)) {
                throw new InvalidRequestException(List.of(new FieldError(VAR_NEW_OWNER,
                        "Enter the username of someone in the organisation directory")));
            }
            String leaver = (String) execution.getVariable(PersonLeft.VAR_LEAVER);
            if (chosen.equals(leaver)) {
                throw new InvalidRequestException(List.of(new FieldError(VAR_NEW_OWNER, "Choose someone who has not left")));
            }
            // Audited as any change of owner, by whoever completed "Choose a new owner".
            editing.changeOwner(editing.account(UUID.fromString((String) execution.getVariable(VAR_ACCOUNT))), chosen,
                    " (" + leaver + " left)");
        }
    }
}
