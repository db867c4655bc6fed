package uk.gov.council.socialgov.registry;

import jakarta.inject.Singleton;
import uk.gov.council.socialgov.notifications.CaseKindInEmails;

/**
 * The registry's accounts as a kind of case (inactivity reviews, closures): an account's handle and
 * reference are public facts, so their task emails name them.
 */
@Singleton
class AccountsInEmails implements CaseKindInEmails {

    @Override
    public String name() {
        return InactivityReviews.CASE_KIND;
    }

    @Override
    public boolean namedInEmails() {
        return true;
    }
}
