package uk.gov.council.socialgov.accounts;

import jakarta.inject.Named;
import jakarta.inject.Singleton;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import uk.gov.council.socialgov.cases.CaseAttachments;
import uk.gov.council.socialgov.web.InvalidRequestException;
import uk.gov.council.socialgov.workflow.Actor;

/**
 * When the department sends its branding (D 6.2, 6.3): the logo or profile image and the background
 * must already be attached to the request, as images, for the communications team to judge.
 */
@Singleton
@Named("brandingSent")
class BrandingSent implements TaskListener {

    private final AccountRequestSteps steps;
    private final CaseAttachments attachments;

    BrandingSent(AccountRequestSteps steps, CaseAttachments attachments) {
        this.steps = steps;
        this.attachments = attachments;
    }

    @Override
    public void notify(DelegateTask task) {
        AccountRequest request = steps.request(task);
        if (attachments.images(AccountRequestService.CASE_TYPE, request.getId().toString()) < 2) {
            throw new InvalidRequestException(AccountRequestProcess.VAR_BRANDING_ATTACHED,
                    "Attach the profile image and the background image to the request, as PNG or JPEG files, before you send them");
        }
        steps.save(request, "ACCOUNT_BRANDING_SENT", Actor.of(task.getExecution()), AccountRequestNote.Kind.BRANDING_SENT,
                AccountRequestSteps.text(task, AccountRequestProcess.VAR_BRANDING_NOTES));
        // The note is optional: a later sending without one must not repeat this one.
        task.getExecution().removeVariable(AccountRequestProcess.VAR_BRANDING_NOTES);
    }
}
